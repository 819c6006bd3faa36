// Browser check of the after-expiry process (process 2) in the real Camunda webapps, against a
// freshly started app with the demo data (it changes the demo tokens 4000000003 and 4000000021):
//   BASE_URL=http://localhost:8091 node scripts/check-after-expiry.mjs
// 1. Entry (b): oficina0001 starts "Renovación de token después del vencimiento" from Tasklist with
//    the start form econ-084-intake for Camila's expired operator token 4000000003: refused (her
//    company's admin has a working token: situation 3, "Desasignar Dispositivo" in the portal).
//    Entry (c): the portal unassigns 4000000003 (POST /api/v1/unassignments); the branch visas and
//    delivers it in Tasklist (forms visa-signature, token-delivery).
// 2. Entry (a), situation 1: a before-expiry renewal of Ricardo's admin token 4000000021 whose expiry
//    timer (Event_DeviceExpired) is executed through the engine REST API as admin; the branch registers
//    the ECON-084 (econ-084-receipt), back office checks it (econ-084-check, due date shown) and
//    unassigns the token (token-unassignment); the visa task is back at the branch.
// 3. The 24-hour timer Event_BackOfficeSla is executed before the back-office work: gerente handles
//    "Atender trámite de back office demorado" (sla-escalation). Cockpit draws the process and the
//    instance; the decision expiry-situation is listed. serial-activation (situation 2) is skipped.
// Prints one PASS/FAIL (or SKIP) line per check and exits non-zero when a check failed.
// Env: BASE_URL, SHOTS, CHROMIUM, PASSWORD (see scripts/lib/webapps.mjs).
import {
  BASE, SHOTS, api, apiOk, check, checkBranding, clickLabel, completeAndGone, executeJob, expectLabels,
  fillField, finish, launchBrowser, login, openClaimForm, reloadTasklist, selectOption, taskItem,
} from './lib/webapps.mjs';

const BRANCH_USER = 'oficina0001';
const BACKOFFICE_USER = 'analista';
const MANAGER_USER = 'gerente';
const PROCESS_NAME = 'Renovación de token después del vencimiento';
const PROCESS_KEY = 'token-renewal-after-expiry';
const VISA_TASK = 'Visar firma de la solicitud';
const DELIVERY_TASK = 'Entregar token al titular o autorizado';
const RECEIPT_TASK = 'Registrar ECON-084 recibido en oficina';
const CHECK_TASK = 'Verificar firma del representante legal y datos del ECON-084';
const UNASSIGN_TASK = 'Desasignar token vencido';
const ESCALATION_TASK = 'Atender trámite de back office demorado';
const CASE_LABELS = ['Número de confirmación', 'Empresa', 'Titular del token'];

const browser = await launchBrowser();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function newPage() {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  page.on('console', (m) => {
    if (m.type() === 'error') console.log(`  (browser console: ${m.text().slice(0, 200)})`);
  });
  return page;
}

async function dynamicCode(serial) {
  return (await apiOk('GET', `/demo/devices/${serial}/dynamic-code`, 'portal')).dynamicCode;
}

async function afterExpiryInstances() {
  return (await apiOk('GET', `/engine-rest/history/process-instance/count?processDefinitionKey=${PROCESS_KEY}`,
    'admin')).count;
}


/** Waits for (or runs) the asynchronous continuation of an activity until no job is left. */
async function drainJob(processInstanceId, activityId) {
  for (let i = 0; i < 20; i++) {
    const jobs = await apiOk('GET',
      `/engine-rest/job?processInstanceId=${processInstanceId}&activityId=${activityId}`, 'admin');
    if (jobs.length === 0) return;
    if (jobs[0].exceptionMessage) throw new Error(`${activityId}: ${jobs[0].exceptionMessage}`);
    if (i === 5) await api('POST', `/engine-rest/job/${jobs[0].id}/execute`, 'admin');
    await sleep(1000);
  }
  throw new Error(`job of ${activityId} still there`);
}




// ---------------------------------------------------------------------------------------------
// 1. Branch intake (entry b) refused for Camila, then entry (c): the portal unassigns her token.
// ---------------------------------------------------------------------------------------------
let situation3Case;
async function branchIntakeAndSituation3() {
  const page = await newPage();
  await check(`tasklist: ${BRANCH_USER} logs in`, () => login(page, 'tasklist', BRANCH_USER));
  await checkBranding(page, 'tasklist');

  const modal = page.locator('.modal-content');
  const formOk = await check(`tasklist: Start process → "${PROCESS_NAME}" renders econ-084-intake in Spanish`, async () => {
    await page.locator('a:has-text("Start process")').first().click();
    await modal.locator('a', { hasText: PROCESS_NAME }).first().click({ timeout: 15000 });
    const form = modal.locator('.fjs-container');
    await form.waitFor({ timeout: 20000 });
    await page.waitForTimeout(1500);
    await expectLabels(form, ['Token vencido sin caso de renovación (ECON-084)',
      'NIT de la empresa (con dígito de verificación)', 'Tipo de documento del titular del token',
      'Número de documento del titular del token', 'Serial del token vencido',
      'Sección diligenciada en el ECON-084', 'El formato está firmado por el representante legal']);
  });
  if (formOk) {
    await check('tasklist: intake for Camila (operator, company admin with working token) is refused naming "Desasignar Dispositivo", nothing started', async () => {
      const before = await afterExpiryInstances();
      const form = modal.locator('.fjs-container');
      await fillField(form, 'intakeCompanyNit', '900123456-8');
      await selectOption(form, 'intakeHolderIdType', 'Cédula de ciudadanía');
      await fillField(form, 'intakeHolderIdNumber', '1020304050');
      await fillField(form, 'intakeDeviceSerial', '4000000003');
      await clickLabel(form, 'Desasignación de token – Sin Renovar');
      await clickLabel(form, 'El formato está firmado por el representante legal');
      await page.screenshot({ path: `${SHOTS}/tasklist-econ084-intake.png` });
      await modal.locator('button:has-text("Start")').last().click();
      await page.waitForTimeout(3000);
      const text = (await modal.innerText().catch(() => '')).replace(/\s+/g, ' ');
      await page.screenshot({ path: `${SHOTS}/tasklist-econ084-intake-refused.png` });
      const after = await afterExpiryInstances();
      if (!text.includes('Desasignar Dispositivo')) {
        throw new Error(`no "Desasignar Dispositivo" message in the dialog: "${text.slice(-300)}"`);
      }
      if (after !== before) throw new Error(`instances ${before} → ${after}`);
      const message = text.match(/[^.]*Desasignar Dispositivo[^.]*/);
      return `${after} instances; "${message ? message[0].trim().slice(-160) : ''}"`;
    });
    // the footer's Close (the notification's hidden "× Close" comes first)
    await modal.locator('button').filter({ hasText: /^\s*Close\s*$/ }).last().click();
    await page.waitForTimeout(1000);
  }

  const unassigned = await check('portal: POST /api/v1/unassignments of 4000000003 opens a situation-3 case for branch 0001', async () => {
    const body = await apiOk('POST', '/api/v1/unassignments', 'portal', {
      companyNit: '900123456-8', adminIdType: 'CC', adminIdNumber: '52345678',
      dynamicCode: await dynamicCode('4000000001'), deviceSerial: '4000000003',
      reason: 'PERDIDA_FALLA_ROBO', branchOffice: '0001',
      collector: { idType: 'CC', idNumber: '52123456', names: 'María Fernanda', surnames: 'Rojas Pérez' },
    });
    situation3Case = body.confirmationNumber;
    if (!situation3Case) throw new Error(`answer: ${JSON.stringify(body).slice(0, 200)}`);
    return `${situation3Case} ${body.status || ''}`;
  });
  if (!unassigned) { await page.close(); return; }

  const visaOk = await check(`tasklist: ${situation3Case} "${VISA_TASK}" appears for ${BRANCH_USER}, visa-signature renders`, async () => {
    await sleep(2000); // the unassignment form is generated asynchronously before the visa
    await reloadTasklist(page);
    await openClaimForm(page, VISA_TASK, situation3Case, [...CASE_LABELS,
      'Resultado del visado de la firma', 'Firma conforme con la registrada',
      'Referencia de la evidencia del visado']);
  });
  if (visaOk) {
    await check(`tasklist: ${situation3Case} visa "Firma conforme" + evidence completed`, async () => {
      const form = page.locator('.task-details .fjs-container');
      await clickLabel(form, 'Firma conforme con la registrada');
      await fillField(form, 'visaEvidenceReference', 'EV-2026-0003');
      await completeAndGone(page, VISA_TASK, situation3Case);
    });
  }
  const deliveryOk = await check(`tasklist: ${situation3Case} "${DELIVERY_TASK}" appears, token-delivery renders`, async () => {
    await reloadTasklist(page);
    await openClaimForm(page, DELIVERY_TASK, situation3Case, ['Persona autorizada para reclamar',
      '¿Quién recibe el token?', 'Tipo de documento presentado', 'Serial del token nuevo']);
  });
  if (deliveryOk) {
    await check(`tasklist: ${situation3Case} delivered to the AUTHORIZED person CC 52123456, new serial 4000000105`, async () => {
      const form = page.locator('.task-details .fjs-container');
      await clickLabel(form, 'La persona autorizada en el formato');
      await selectOption(form, 'presentedIdType', 'Cédula de ciudadanía');
      await fillField(form, 'presentedIdNumber', '52123456');
      await form.locator('input[type="checkbox"][id$="Field_identityDocumentChecked"]').check();
      await fillField(form, 'newDeviceSerial', '4000000105');
      await page.screenshot({ path: `${SHOTS}/tasklist-after-expiry-delivery.png` });
      await completeAndGone(page, DELIVERY_TASK, situation3Case);
      const renewal = await apiOk('GET', `/api/v1/renewals/${situation3Case}`, 'portal');
      if (renewal.status !== 'ENTREGADO_EN_OFICINA') throw new Error(`case status ${renewal.status}`);
      return `case ${renewal.status}`;
    });
  }
  await page.close();
}

// ---------------------------------------------------------------------------------------------
// 2. Situation 1: Ricardo's before-expiry case expires (R-B10 timer executed) and continues here.
// ---------------------------------------------------------------------------------------------
let situation1Case;
let afterExpiryInstance;
async function situation1() {
  const started = await check('portal + engine REST: renewal of 4000000021 expires (Event_DeviceExpired executed), situation 1 after expiry', async () => {
    const body = await apiOk('POST', '/api/v1/renewals', 'portal', {
      companyNit: '800987654-4', adminIdType: 'CC', adminIdNumber: '16789012',
      dynamicCode: await dynamicCode('4000000021'), branchOffice: '0001',
      renewals: [{ deviceSerial: '4000000021',
        authorizedPerson: { idType: 'CC', idNumber: '52123456', names: 'María Fernanda', surnames: 'Rojas Pérez' } }],
    });
    situation1Case = body.confirmationNumber || (body.renewals && body.renewals[0]?.confirmationNumber)
      || (Array.isArray(body) && body[0]?.confirmationNumber);
    if (!situation1Case) throw new Error(`answer: ${JSON.stringify(body).slice(0, 200)}`);
    const [before] = await apiOk('GET',
      `/engine-rest/process-instance?businessKey=${situation1Case}&processDefinitionKey=token-renewal-before-expiry`, 'admin');
    await executeJob(before.id, 'Event_DeviceExpired');
    let after; // the call activity follows the (asynchronous) expiry e-mail
    for (let i = 0; i < 30 && !after; i++) {
      await sleep(1000);
      [after] = await apiOk('GET', `/engine-rest/process-instance?superProcessInstance=${before.id}`, 'admin');
    }
    if (!after) throw new Error('no after-expiry instance called');
    afterExpiryInstance = after.id;
    const situation = await apiOk('GET', `/engine-rest/process-instance/${after.id}/variables/situation`, 'admin');
    if (situation.value !== 1) throw new Error(`situation ${situation.value}`);
    return `${situation1Case}, after-expiry instance ${after.id}, situation 1`;
  });
  if (!started) return;

  const branch = await newPage();
  await login(branch, 'tasklist', BRANCH_USER);
  const receiptOk = await check(`tasklist: ${situation1Case} "${RECEIPT_TASK}" for ${BRANCH_USER}, econ-084-receipt renders`, async () => {
    await openClaimForm(branch, RECEIPT_TASK, situation1Case, [...CASE_LABELS,
      'Recepción del ECON-084', 'El formato ECON-084 está firmado por el representante legal',
      'Observaciones de la oficina (opcional)']);
  });
  if (receiptOk) {
    await check(`tasklist: ${situation1Case} ECON-084 receipt (signed + notes) completed`, async () => {
      const form = branch.locator('.task-details .fjs-container');
      await clickLabel(form, 'El formato ECON-084 está firmado por el representante legal');
      await fillField(form, 'receiptNotes', 'Formato entregado por la secretaria de gerencia');
      await branch.screenshot({ path: `${SHOTS}/tasklist-econ084-receipt.png` });
      await completeAndGone(branch, RECEIPT_TASK, situation1Case);
    });
  }

  // 3 (part): the 24-hour SLA passes before back office works.
  await check('engine REST: SLA timer Event_BackOfficeSla executed, breach recorded', async () => {
    await executeJob(afterExpiryInstance, 'Event_BackOfficeSla');
    await drainJob(afterExpiryInstance, 'Task_RecordSlaBreach');
  });

  const office = await newPage();
  await check(`tasklist: ${BACKOFFICE_USER} logs in`, () => login(office, 'tasklist', BACKOFFICE_USER));
  const checkOk = await check(`tasklist: ${situation1Case} "${CHECK_TASK}" shows its due date, econ-084-check renders`, async () => {
    const item = taskItem(office, CHECK_TASK, situation1Case);
    await item.waitFor({ timeout: 20000 });
    const itemText = (await item.innerText()).replace(/\s+/g, ' ');
    const due = itemText.match(/Due[^,|]*?(?=Follow|Created|$)/i);
    if (!due) throw new Error(`no due date in "${itemText.slice(0, 200)}"`);
    await openClaimForm(office, CHECK_TASK, situation1Case, [...CASE_LABELS,
      'Verificación del ECON-084', 'Resultado de la verificación', 'Firma y datos correctos',
      'Firma o datos no corresponden', 'Observaciones']);
    const header = (await office.locator('.task-details .due-date').first().innerText()).trim();
    if (!header) throw new Error('no due date in the task header');
    return `list: "${due[0].trim()}", header: "${header}"`;
  });
  if (checkOk) {
    await check(`tasklist: ${situation1Case} check approved ("Firma y datos correctos")`, async () => {
      const form = office.locator('.task-details .fjs-container');
      await clickLabel(form, 'Firma y datos correctos');
      await fillField(form, 'checkObservations', 'Firma verificada contra el registro de firmas');
      await office.screenshot({ path: `${SHOTS}/tasklist-econ084-check.png` });
      await completeAndGone(office, CHECK_TASK, situation1Case);
    });
  }
  const unassignOk = await check(`tasklist: ${situation1Case} "${UNASSIGN_TASK}" appears, token-unassignment renders`, async () => {
    await reloadTasklist(office);
    await openClaimForm(office, UNASSIGN_TASK, situation1Case, [...CASE_LABELS,
      'Desasignación del token vencido (situación 1)', 'Desasigné el token vencido en el sistema del banco',
      'Referencia de la operación']);
  });
  if (unassignOk) {
    await check(`tasklist: ${situation1Case} unassignment (confirmed + reference) completed`, async () => {
      const form = office.locator('.task-details .fjs-container');
      await clickLabel(form, 'Desasigné el token vencido en el sistema del banco');
      await fillField(form, 'unassignmentReference', 'DES-2026-0021');
      await office.screenshot({ path: `${SHOTS}/tasklist-token-unassignment.png` });
      await completeAndGone(office, UNASSIGN_TASK, situation1Case);
    });
  }
  await office.close();

  await check(`tasklist: ${situation1Case} "${VISA_TASK}" is back at ${BRANCH_USER}, visa-signature renders`, async () => {
    await drainJob(afterExpiryInstance, 'Task_GenerateDeliveryForm');
    await reloadTasklist(branch);
    await openClaimForm(branch, VISA_TASK, situation1Case, [...CASE_LABELS,
      'Resultado del visado de la firma', 'Firma conforme con la registrada']);
    await branch.screenshot({ path: `${SHOTS}/tasklist-after-expiry-visa.png` });
  });
  await branch.close();
}

// ---------------------------------------------------------------------------------------------
// 3. Manager: SLA escalation in Tasklist; Cockpit draws the process, the instance, the decision.
// ---------------------------------------------------------------------------------------------
async function manager() {
  let page = await newPage();
  await check(`tasklist: ${MANAGER_USER} logs in`, () => login(page, 'tasklist', MANAGER_USER));
  if (situation1Case) {
    const escalationOk = await check(`tasklist: ${situation1Case} "${ESCALATION_TASK}" for ${MANAGER_USER}, sla-escalation renders`, async () => {
      await openClaimForm(page, ESCALATION_TASK, situation1Case, [...CASE_LABELS,
        'Trámite de back office demorado', 'Acción tomada']);
    });
    if (escalationOk) {
      await check(`tasklist: ${situation1Case} escalation (action taken) completed`, async () => {
        const form = page.locator('.task-details .fjs-container');
        await fillField(form, 'escalationAction', 'Se priorizó el trámite con la jefe de back office.');
        await page.screenshot({ path: `${SHOTS}/tasklist-sla-escalation.png` });
        await completeAndGone(page, ESCALATION_TASK, situation1Case);
      });
    }
  }
  console.log('SKIP tasklist: serial-activation (situation 2) — no demo token is collected but not'
    + ' activated; reaching it needs a delivered before-expiry case whose expiry timer fires');

  await page.close();
  page = await newPage();
  await check(`cockpit: ${MANAGER_USER} logs in`, () => login(page, 'cockpit', MANAGER_USER));
  await check(`cockpit: "${PROCESS_NAME}" definition page draws the diagram`, async () => {
    await page.goto(`${BASE}/camunda/app/cockpit/default/#/processes`);
    const link = page.locator('a', { hasText: PROCESS_NAME }).first();
    await link.waitFor({ timeout: 20000 });
    await link.click();
    await page.locator('.djs-container svg').first().waitFor({ timeout: 20000 });
    await page.waitForTimeout(3000);
    const svg = page.locator('.djs-container svg').first();
    const shapes = await svg.locator('.djs-element').count();
    const missing = [];
    for (const id of ['Task_RegisterEcon084', 'Task_CheckEcon084', 'Task_UnassignToken',
      'Event_BackOfficeSla', 'Task_DecideSituation', 'Task_VisaSignature']) {
      if (await svg.locator(`[data-element-id="${id}"]`).count() === 0) missing.push(id);
    }
    if (shapes < 30 || missing.length) throw new Error(`${shapes} elements, missing ${missing.join(', ')}`);
    await page.screenshot({ path: `${SHOTS}/cockpit-after-expiry.png` });
    return `${shapes} diagram elements`;
  });
  if (afterExpiryInstance) {
    await check(`cockpit: instance ${situation1Case} page draws its diagram with the active visa`, async () => {
      await page.goto(`${BASE}/camunda/app/cockpit/default/#/process-instance/${afterExpiryInstance}/runtime`);
      await page.locator('.djs-container svg [data-element-id="Task_VisaSignature"]').first()
        .waitFor({ timeout: 20000 });
      await page.waitForTimeout(3000);
      const text = (await page.locator('body').innerText()).replace(/\s+/g, ' ');
      if (!text.includes(situation1Case)) throw new Error(`business key ${situation1Case} not shown`);
      const badges = await page.locator('.djs-overlay [data-container-id="Task_VisaSignature"], .djs-overlay-container .badge')
        .count();
      await page.screenshot({ path: `${SHOTS}/cockpit-after-expiry-instance.png` });
      return `${badges} badges`;
    });
  }
  await check('cockpit: decision "expiry-situation" is listed under decisions', async () => {
    await page.goto(`${BASE}/camunda/app/cockpit/default/#/decisions`);
    await page.waitForTimeout(3000);
    const link = page.locator('a', { hasText: 'Situación del token vencido' }).first();
    await link.waitFor({ timeout: 20000 });
    await page.screenshot({ path: `${SHOTS}/cockpit-decisions.png` });
    await link.click();
    await page.waitForTimeout(3000);
    const text = (await page.locator('body').innerText()).replace(/\s+/g, ' ');
    if (!text.includes('expiry-situation')) throw new Error('decision page does not name expiry-situation');
    await page.screenshot({ path: `${SHOTS}/cockpit-decision.png` });
  });
  await page.close();
}

try {
  await branchIntakeAndSituation3();
  await situation1();
  await manager();
} finally {
  await browser.close();
}
finish();
