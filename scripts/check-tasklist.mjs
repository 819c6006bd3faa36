// Browser check of the Camunda webapps of Token Empresarial, against a running app:
//   BASE_URL=http://localhost:8091 node scripts/check-tasklist.mjs
// Requests the renewal of demo token 4000000002 (company 900123456-8, office 0001) through the
// portal API unless one is open already, then works its tasks in Tasklist. Prints one PASS/FAIL line
// per check and exits non-zero when a check failed. Screenshots go to SHOTS (default /tmp).
// Env: BASE_URL, SHOTS, CHROMIUM (default /usr/bin/chromium), BRANCH_USER, MANAGER_USER, PASSWORD,
// NEW_SERIAL (serial of the new token handed over, default 4000000101).
import {
  BASE, SHOTS, api, apiOk, check, checkBranding, claim, complete, finish, launchBrowser, login,
  openTask,
} from './lib/webapps.mjs';

const BRANCH_USER = process.env.BRANCH_USER || 'oficina0001';
const MANAGER_USER = process.env.MANAGER_USER || 'gerente';
const NEW_SERIAL = process.env.NEW_SERIAL || '4000000101';
const BRANCH_FILTER = 'Oficina 0001 – Visado y entrega';
const VISA_TASK = 'Visar firma de la solicitud';
const DELIVERY_TASK = 'Entregar token al titular o autorizado';

await check('portal: renewal of 4000000002 requested (or already open) for office 0001', async () => {
  const code = (await apiOk('GET', '/demo/devices/4000000001/dynamic-code', 'portal')).dynamicCode;
  const answer = await api('POST', '/api/v1/renewals', 'portal', {
    companyNit: '900123456-8', adminIdType: 'CC', adminIdNumber: '52345678', dynamicCode: code,
    branchOffice: '0001', renewals: [{ deviceSerial: '4000000002' }],
  });
  if (answer.status !== 201 && answer.status !== 409) throw new Error(`HTTP ${answer.status}`);
  await new Promise((resolve) => setTimeout(resolve, 4000)); // PDF and e-mail jobs run first
});

const browser = await launchBrowser();

async function tasklist() {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await check(`tasklist: ${BRANCH_USER} logs in`, () => login(page, 'tasklist', BRANCH_USER));
  await checkBranding(page, 'tasklist');

  await check(`tasklist: ${BRANCH_USER} sees "${BRANCH_FILTER}" selected, no other branch`, async () => {
    const names = (await page.locator('.task-filters .task-filter .names, .task-filters .task-filter h4')
      .allInnerTexts()).map((s) => s.trim()).filter(Boolean);
    const active = (await page.locator('.task-filters .task-filter.active').first().innerText()).trim();
    if (!active.includes(BRANCH_FILTER)) throw new Error(`active filter: "${active}"`);
    const others = names.filter((n) => /Oficina \d{4}/.test(n) && !n.includes('0001'));
    if (others.length) throw new Error(`other branches visible: ${others.join(', ')}`);
    return `filters: ${[...new Set(names)].join(' | ')}`;
  });

  await check(`tasklist: list shows the case variables (Número de confirmación, Empresa, Titular)`, async () => {
    const item = page.locator('.tasks-list li.task', { hasText: VISA_TASK }).first();
    await item.waitFor({ timeout: 20000 });
    const text = await item.innerText();
    for (const label of ['Número de confirmación', 'Empresa', 'Titular']) {
      if (!text.includes(label)) throw new Error(`"${label}" missing in "${text.replace(/\s+/g, ' ')}"`);
    }
    return text.replace(/\s+/g, ' ').slice(0, 140);
  });

  const visaOk = await check(`tasklist: opens "${VISA_TASK}", claims it, Camunda Form renders in Spanish`, async () => {
    await openTask(page, VISA_TASK);
    await claim(page);
    const form = await page.locator('.task-details .fjs-container').innerText();
    for (const label of ['Resultado del visado de la firma', 'Firma conforme con la registrada',
      'Referencia de la evidencia del visado']) {
      if (!form.includes(label)) throw new Error(`label "${label}" missing`);
    }
  });
  if (visaOk) {
    await check('tasklist: visa form filled (Firma conforme + evidence) and completed', async () => {
      await page.locator('.fjs-container label:has-text("Firma conforme con la registrada")').click();
      await page.locator('.fjs-container input[id*="visaEvidenceReference"], .fjs-container input[name="visaEvidenceReference"]')
        .first().fill('EV-2026-0001');
      await page.screenshot({ path: `${SHOTS}/tasklist-visa-form.png` });
      await complete(page);
      const errors = await page.locator('.fjs-form-field-error').allInnerTexts();
      if (errors.some((e) => e.trim())) throw new Error(`form errors: ${errors.join('; ')}`);
      // the visa task is gone from the list (the notification panel may say so too)
      await page.locator('.tasks-list li.task', { hasText: VISA_TASK }).waitFor({ state: 'detached', timeout: 15000 });
    });
  }

  const deliveryOk = await check(`tasklist: "${DELIVERY_TASK}" appears, claimed, form renders`, async () => {
    // Tasklist refreshes the list; reload to be sure.
    await page.reload();
    await page.waitForTimeout(3000);
    await openTask(page, DELIVERY_TASK);
    await claim(page);
    const form = await page.locator('.task-details .fjs-container').innerText();
    for (const label of ['¿Quién recibe el token?', 'Tipo de documento presentado',
      'Serial del token nuevo']) {
      if (!form.includes(label)) throw new Error(`label "${label}" missing`);
    }
  });
  if (deliveryOk) {
    await check('tasklist: delivery form filled (HOLDER, CC 80123456, checked, serial) and completed', async () => {
      const form = page.locator('.task-details .fjs-container');
      await form.locator('label:has-text("El titular")').first().click();
      await form.locator('select').first().selectOption('CC').catch(async () => {
        // form-js renders its own select: open it and pick the option
        await form.locator('.fjs-form-field-select .fjs-input-group').first().click();
        await form.locator('.fjs-dropdownlist-item:has-text("Cédula de ciudadanía")').first().click();
      });
      await form.locator('input[id*="presentedIdNumber"]').first().fill('80123456');
      await form.locator('input[type="checkbox"][id*="identityDocumentChecked"]').first().check();
      await form.locator('input[id*="newDeviceSerial"]').first().fill(NEW_SERIAL);
      await page.screenshot({ path: `${SHOTS}/tasklist-delivery-form.png` });
      await complete(page);
      const errors = await page.locator('.fjs-form-field-error').allInnerTexts();
      if (errors.some((e) => e.trim())) throw new Error(`form errors: ${errors.join('; ')}`);
      await page.locator('.tasks-list li.task', { hasText: DELIVERY_TASK }).waitFor({ state: 'detached', timeout: 15000 });
    });
  }
  await page.screenshot({ path: `${SHOTS}/tasklist-after.png` });
  await page.close();
}

async function cockpit() {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await check(`cockpit: ${MANAGER_USER} logs in`, () => login(page, 'cockpit', MANAGER_USER));
  await checkBranding(page, 'cockpit');
  await check('cockpit: process definition page renders the BPMN diagram', async () => {
    await page.goto(`${BASE}/camunda/app/cockpit/default/#/processes`);
    const link = page.locator('a', { hasText: 'Renovación de token antes del vencimiento' }).first();
    await link.waitFor({ timeout: 20000 });
    await link.click();
    await page.locator('.djs-container svg').first().waitFor({ timeout: 20000 });
    await page.waitForTimeout(3000);
    const shapes = await page.locator('.djs-container svg .djs-element').count();
    const visa = await page.locator('.djs-container svg [data-element-id="Task_VisaSignature"]').count();
    if (shapes < 10 || visa === 0) throw new Error(`${shapes} diagram elements, visa task ${visa}`);
    await page.screenshot({ path: `${SHOTS}/cockpit-process.png` });
    return `${shapes} diagram elements`;
  });
  await page.close();
}

async function welcome() {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await check('welcome: admin logs in', () => login(page, 'welcome', 'admin'));
  await checkBranding(page, 'welcome');
  await page.screenshot({ path: `${SHOTS}/welcome.png` });
  await page.goto(`${BASE}/camunda/app/admin/default/#/`);
  await page.waitForTimeout(3000);
  await checkBranding(page, 'admin');
  await page.close();
}

try {
  await tasklist();
  await cockpit();
  await welcome();
} finally {
  await browser.close();
}
finish();
