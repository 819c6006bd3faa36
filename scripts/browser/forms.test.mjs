// Every clerk form as its user meets it in Tasklist (headless chromium, es-CO, UTC): submitted once
// with a bad input (the Spanish refusal next to the field, or for a Camunda Form in Tasklist's
// notification naming the field) and once with a good one, then the registry checked through the
// portal API; never "Cannot submit task form", never the English "Field is required", never a rule
// id, never an HTTP 500; axe-core 0 critical / 0 serious with the form open. The cases:
//  - Distribuciones Andinas renews Diana's token 4000000012 at office 0002: visa rejected, the re-visa
//    shows why, attaches a real PDF scan and the code read from the e-mailed PDF, the delivery hands
//    over a serial of the office's stock; the token then expires before activation (situation 2): the
//    ECON-084 is received and checked, back office activates the new serial.
//  - Transportes del Valle renews Ricardo's token 4000000021 at office 0003 and nobody collects it: the
//    expiry timer is made due now, the branch registers the ECON-084 with its scan, the 24-hour window
//    is made to end (the manager's escalation), back office opens the scan from its check task, checks
//    the code printed on the e-mailed ECON-084 and unassigns the expired token (situation 1).
//  - Office 0001 starts a case from a paper ECON-084 for Marta's token 4000000013, expired with no case.
//  - Mateo's virtual token waits for its installation; the window's warning is made due now and back
//    office records the support call that confirms it.
//   ./mvnw -DskipTests package && node --test scripts/browser/forms.test.mjs
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  DEMO_USERS, apiOk, assertAxe, assertClean, complete, completeValid, fieldError, formField,
  launchBrowser, mailedVerificationCode, nextTimer, openTask, renewal, requestRenewal, scanPdf,
  screenshot, selectOption, serverRefusal, sleep, startApp, taskOf, tasklistPage,
} from './lib/index.mjs';

let app;
let browser;

before(async () => {
  app = await startApp();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await app?.stop();
});

const open = (user, taskId, formSelector) => openTask(browser, app.baseUrl, user, taskId, formSelector);
const task = (number, key, not) => taskOf(app.baseUrl, number, key, not);
const lastEvent = async (number) => (await renewal(app.baseUrl, number)).history.at(-1);
const CAMUNDA_FORM = '.task-details .fjs-container';

/** A PDF the clerk attaches at the file input `input` of the open form, once it is listed. */
async function attachScan(page, input, fileName, title) {
  await page.locator(input).setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: scanPdf(title) });
  await page.locator('.te-scan-list a', { hasText: fileName }).waitFor({ timeout: 30000 });
}

/** The branch registers the signed ECON-084 of the case, with its scan. */
async function registerEcon084(office, number, page = null) {
  page ??= await open(office, await task(number, 'Task_RegisterEcon084'), '#te-form-econ-084-receipt');
  await page.locator('input[name="receiptSignedByLegalRepresentative"]').check();
  await attachScan(page, '#te-receipt-scan', 'econ-084-firmado.pdf', `ECON-084 firmado ${number}`);
  await completeValid(page);
}

/** Back office approves the ECON-084 with the code printed on the e-mailed one. */
async function approveEcon084(number, page = null) {
  page ??= await open(DEMO_USERS.backOffice, await task(number, 'Task_CheckEcon084'), '#te-form-econ-084-check');
  await page.locator('input[name="checkResult"][value="APPROVED"]').check();
  await page.locator('#te-check-code').fill(await mailedVerificationCode(app.baseUrl, number, /venció/));
  await completeValid(page);
}

describe('before expiry, then collected but not activated (situation 2)', () => {
  let number;
  const office = DEMO_USERS.branchOther; // oficina0002
  const reason = 'La firma no coincide con la registrada en el Banco';
  const newSerial = '4502000001'; // the first token of office 0002's demo stock

  before(async () => {
    number = await requestRenewal(app.baseUrl, { nit: '901234567-7', adminId: '79876543',
      adminDevice: '4000000011', office: '0002', device: '4000000012' });
  });

  let firstVisa;
  test('visa: nothing chosen, then a rejection without its reason, then with it', async () => {
    firstVisa = await task(number, 'Task_VisaSignature');
    const page = await open(office, firstVisa, '#te-form-visa-signature');
    await page.locator('[data-case="confirmationNumber"]', { hasText: number }).waitFor();
    await assertAxe(page);
    await complete(page);
    await fieldError(page, 'visaResult', 'Indique si la firma es conforme');
    await fieldError(page, 'visaEvidenceReference', 'referencia del archivo');
    await page.locator('input[name="visaResult"][value="REJECTED"]').check();
    await page.locator('#te-visa-reference').fill('EV-2026-0101');
    await complete(page);
    await fieldError(page, 'visaObservations', '');
    assert.match(await page.locator('#te-error-visaObservations').innerText(), /[a-záéíóú]/);
    await screenshot(page, 'forms-visa-invalid');
    await assertClean(page);
    await page.locator('#te-visa-observations').fill(reason);
    await completeValid(page);
    assert.equal((await lastEvent(number)).detail.includes(reason), true);
  });

  test('re-visa: says the last visa was refused and why; a wrong code, then a real scan and the code of the PDF', async () => {
    const page = await open(office, await task(number, 'Task_VisaSignature', firstVisa), '#te-form-visa-signature');
    const history = page.locator('section.te-context:not([hidden])', { hasText: 'Historia del caso' });
    await history.waitFor({ timeout: 30000 });
    const context = await history.innerText();
    assert.match(context, /no conform|rechaz/i);
    assert.match(context, new RegExp(reason));
    await assertAxe(page);

    await page.locator('input[name="visaResult"][value="APPROVED"]').check();
    await attachScan(page, '#te-visa-scan', 'solicitud-firmada.pdf', `Solicitud firmada ${number}`);
    await page.locator('#te-visa-reference').fill('EV-2026-0102');
    await page.locator('#te-visa-code').fill('22222-22222');
    await complete(page);
    await serverRefusal(page, 'verificationCode', /código de verificación/i);
    await screenshot(page, 'forms-revisa-wrong-code');
    await assertClean(page);

    await page.locator('#te-visa-code').fill(await mailedVerificationCode(app.baseUrl, number));
    await completeValid(page);
    assert.equal((await lastEvent(number)).action, 'FIRMA_VISADA');
  });

  test('delivery: a document that is not the holder\'s, then the right one and a serial of the office\'s stock', async () => {
    const page = await open(office, await task(number, 'Task_DeliverToken'), CAMUNDA_FORM);
    await assertAxe(page);
    await selectOption(page, 'Tipo de documento presentado', 'Cédula de extranjería');
    await formField(page, 'Número del documento presentado').locator('input').fill('999999');
    await formField(page, 'Verifiqué el documento').locator('input').check();
    await formField(page, 'Serial del token nuevo').locator('input').fill(newSerial);
    await complete(page);
    await serverRefusal(page, 'presentedIdNumber', /Número del documento presentado: .*no coincide/);
    await screenshot(page, 'forms-delivery-refused');
    await assertClean(page);

    await formField(page, 'Número del documento presentado').locator('input').fill('456.789');
    await completeValid(page);
    const delivered = await renewal(app.baseUrl, number);
    assert.equal(delivered.status, 'ENTREGADO_EN_OFICINA');
    assert.equal(delivered.newDeviceSerial, newSerial);
  });

  test('serial activation: after expiry, a reference too short, then a good one', async () => {
    assert.equal(await nextTimer(app.baseUrl, number), 'Event_DeviceExpired');
    await registerEcon084(office, number);
    await approveEcon084(number);
    const page = await open(DEMO_USERS.backOffice, await task(number, 'Task_ActivateNewSerial'), CAMUNDA_FORM);
    assert.equal(await formField(page, 'Serial del token nuevo').locator('input').inputValue(), newSerial);
    await assertAxe(page);
    await formField(page, 'Activé por renovación el serial nuevo').locator('input').check();
    await formField(page, 'Referencia de la operación').locator('input').fill('AB');
    await complete(page);
    await serverRefusal(page, 'serialActivationReference', /Referencia de la operación: /);
    await assertClean(page);
    await formField(page, 'Referencia de la operación').locator('input').fill('ACT-2026-0042');
    await completeValid(page);
    const activated = await renewal(app.baseUrl, number);
    assert.match(activated.history.at(-1).detail, new RegExp(`Serial nuevo ${newSerial} activado.*ACT-2026-0042`));
    assert.ok(activated.activatedAt, 'activated');
  });
});

describe('after expiry, not collected (situation 1): receipt, escalation, check with the scan, unassignment', () => {
  let number;
  const office = 'oficina0003';

  before(async () => {
    number = await requestRenewal(app.baseUrl, { nit: '800987654-4', adminId: '16789012',
      adminDevice: '4000000021', office: '0003', device: '4000000021' });
    await task(number, 'Task_VisaSignature');
    await mailedVerificationCode(app.baseUrl, number); // the first form is out before its expiry timer is moved
    assert.equal(await nextTimer(app.baseUrl, number), 'Event_DeviceExpired');
  });

  test('receipt: without signature and scan, then with both', async () => {
    const page = await open(office, await task(number, 'Task_RegisterEcon084'), '#te-form-econ-084-receipt');
    await assertAxe(page);
    await complete(page);
    await fieldError(page, 'receiptSignedByLegalRepresentative', 'representante legal');
    await fieldError(page, 'scanIds', 'Adjunte el escaneo');
    await screenshot(page, 'forms-econ-084-receipt-invalid');
    await assertClean(page);
    await registerEcon084(office, number, page);
    assert.equal((await lastEvent(number)).action, 'ECON084_RECIBIDO');
  });

  test('escalation: the 24 hours pass; the manager records no action, then one', async () => {
    assert.equal(await nextTimer(app.baseUrl, number), 'Event_BackOfficeSla');
    const page = await open(DEMO_USERS.manager, await task(number, 'Task_EscalateSla'), CAMUNDA_FORM);
    await assertAxe(page);
    await complete(page);
    await serverRefusal(page, 'escalationAction', /Acción tomada: /);
    await assertClean(page);
    const action = 'Llamé a la coordinadora de back office; revisa el ECON-084 hoy';
    await formField(page, 'Acción tomada').locator('textarea').fill(action);
    await completeValid(page);
    const event = await lastEvent(number);
    assert.equal(event.action, 'ESCALAMIENTO_ATENDIDO');
    assert.match(event.detail, new RegExp(action));
  });

  test('check: back office opens the scan from its task; no result, a wrong code, then the ECON-084\'s code', async () => {
    const page = await open(DEMO_USERS.backOffice, await task(number, 'Task_CheckEcon084'), '#te-form-econ-084-check');
    const link = page.locator('#te-form-econ-084-check .te-scan-list a', { hasText: 'econ-084-firmado.pdf' });
    await link.waitFor({ timeout: 30000 });
    await assertAxe(page);
    // The scan opens in a new tab, in the browser's PDF viewer (not blocked by Tasklist's sandbox).
    const href = new URL(await link.getAttribute('href'), app.baseUrl).href;
    const [scan] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    await scan.waitForLoadState();
    assert.equal(scan.url(), href, 'the tab shows the scan, not Chrome\'s error page');
    await screenshot(scan, 'forms-econ-084-check-scan-tab');
    await scan.close();
    // What that tab received (Chrome's PDF viewer keeps the headers from the page's own events).
    const file = await page.request.get(href);
    assert.equal(file.status(), 200);
    assert.match(file.headers()['content-type'], /^application\/pdf/);
    assert.match(file.headers()['content-disposition'], /^inline/);
    assert.equal((await file.body()).subarray(0, 5).toString(), '%PDF-');

    await complete(page);
    await fieldError(page, 'checkResult', 'Indique si la firma y los datos corresponden');
    await page.locator('input[name="checkResult"][value="APPROVED"]').check();
    await page.locator('#te-check-code').fill('22222-22222');
    await complete(page);
    await serverRefusal(page, 'verificationCode', /código de verificación/i);
    await screenshot(page, 'forms-econ-084-check-wrong-code');
    await assertClean(page);
    await approveEcon084(number, page);
    assert.match((await lastEvent(number)).detail, /verificados/);
  });

  test('unassignment: not confirmed and without reference, then both', async () => {
    const page = await open(DEMO_USERS.backOffice, await task(number, 'Task_UnassignToken'), '#te-form-token-unassignment');
    await page.locator('.te-scan-list a', { hasText: 'econ-084-firmado.pdf' }).waitFor({ timeout: 30000 });
    await assertAxe(page);
    await complete(page);
    await fieldError(page, 'unassignmentConfirmed', 'Confirme que desasignó');
    await fieldError(page, 'unassignmentReference', 'Escriba la referencia');
    await assertClean(page);
    await page.locator('input[name="unassignmentConfirmed"]').check();
    await page.locator('#te-unassign-reference').fill('DES-2026-0007');
    await attachScan(page, '#te-unassign-scan', 'soporte-desasignacion.pdf', `Desasignación ${number}`);
    await completeValid(page);
    const unassigned = await renewal(app.baseUrl, number);
    assert.equal(unassigned.status, 'LISTO_PARA_ENTREGA');
    assert.match(unassigned.history.map((e) => e.detail).join(' '), /DES-2026-0007/);
  });
});

describe('a paper ECON-084 for a token that expired with no case: the branch starts the case', () => {
  const serial = '4000000013'; // Marta Lucía Ospina, admin of Distribuciones Andinas, expired

  test('intake: a NIT without its check digit, then the whole form with its scan', async () => {
    const page = await tasklistPage(browser, app.baseUrl, DEMO_USERS.branch);
    await page.locator('[cam-widget-header] .start-process-action').click();
    await page.locator('.modal-content a', { hasText: 'Renovación de token después del vencimiento' }).click();
    const form = page.locator('#te-form-econ-084-intake');
    await form.waitFor({ timeout: 30000 });
    await assertAxe(page, '.modal-content');
    const start = page.locator('.modal-footer button', { hasText: /^\s*Iniciar\s*$/ });
    await page.locator('#te-intake-nit').fill('90123456');
    await start.click();
    await fieldError(page, 'intakeCompanyNit', 'dígito de verificación');
    await fieldError(page, 'scanIds', 'Adjunte el escaneo');
    await screenshot(page, 'forms-econ-084-intake-invalid');
    await assertClean(page);

    await page.locator('#te-intake-nit').fill('901.234.567-7');
    await page.locator('#te-intake-id-type').selectOption('CC');
    await page.locator('#te-intake-id-number').fill('41.234.567');
    await page.locator('#te-intake-serial').fill(serial);
    await page.locator('input[name="intakeSection"][value="UNASSIGN_WITHOUT_RENEWAL"]').check();
    await page.locator('input[name="intakeSignedByLegalRepresentative"]').check();
    await attachScan(page, '#te-intake-scan', 'econ-084-sin-caso.pdf', `ECON-084 ${serial}`);
    await start.click();
    await form.waitFor({ state: 'detached', timeout: 30000 });
    await assertClean(page);
    await page.context().close();

    const [started] = await apiOk(app.baseUrl, 'GET', '/engine-rest/process-instance?processDefinitionKey='
      + `token-renewal-after-expiry&variables=deviceSerial_eq_${serial}`, DEMO_USERS.operator);
    const received = await renewal(app.baseUrl, started.businessKey);
    assert.equal(received.deviceSerial, serial);
    assert.equal(received.branchOffice, '0001');
    assert.equal(received.status, 'EN_DESASIGNACION');
    assert.ok(received.history.some((e) => e.action === 'ECON084_RECIBIDO' && e.actor === DEMO_USERS.branch));
    await task(started.businessKey, 'Task_CheckEcon084'); // back office has it, with the scan
  });
});

describe('virtual token: back office supports the holder before the window closes', () => {
  const api = (method, path, body) => apiOk(app.baseUrl, method, `/api/v1/virtual-tokens${path}`, DEMO_USERS.portal, body);
  let id;

  /** The one-time link's token, from the e-mail the holder received. */
  async function linkToken() {
    for (let i = 0; i < 60; i++) {
      const mailbox = await (await fetch(`${app.baseUrl}/demo/mail`)).text();
      for (const [, index] of mailbox.matchAll(/href="\/demo\/mail\/(\d+)"/g)) {
        const mail = await (await fetch(`${app.baseUrl}/demo/mail/${index}`)).text();
        const found = mail.match(new RegExp(`caso=${id}(?:&amp;|&)t=([A-Za-z0-9_-]+)`));
        if (found) return found[1];
      }
      await sleep(1000);
    }
    throw new Error(`no link e-mailed for ${id}`);
  }

  before(async () => {
    ({ id } = await api('POST', '', { companyNit: '900123456-8', idType: 'CC', idNumber: '1019876543', kind: 'NEW' }));
    await api('POST', `/${id}/contract`, { linkToken: await linkToken(), accepted: true });
    await api('POST', `/${id}/identity`, { idType: 'CC', idNumber: '1019876543', issueDate: '2005-03-14' });
    await api('POST', `/${id}/questionnaire`, { answers: { mobile: '99', surname: 'RINCÓN', company: 'Ferretería Núñez S.A.S.' } });
    await api('POST', `/${id}/certificate`);
    await api('POST', `/${id}/password`, { password: 'Firma2024Segura', passwordConfirmation: 'Firma2024Segura' });
    assert.equal(await nextTimer(app.baseUrl, id), 'Event_WindowClosing');
  });

  test('support: a note too short, then the help given and the installation confirmed', async () => {
    const page = await open(DEMO_USERS.backOffice, await task(id, 'Task_SupportHolder'), CAMUNDA_FORM);
    await assertAxe(page);
    await formField(page, 'Ayuda dada al titular').locator('textarea').fill('ok');
    await complete(page);
    await serverRefusal(page, 'supportNotes', /Ayuda dada al titular: /);
    await assertClean(page);
    await formField(page, 'Ayuda dada al titular').locator('textarea')
      .fill('Revisamos por teléfono la instalación; el certificado aparece en el almacén de Certifirma.');
    await formField(page, 'El titular confirmó por teléfono').locator('input').check();
    await completeValid(page);
    const view = await api('GET', `/${id}`);
    assert.equal(view.closed, true);
  });
});
