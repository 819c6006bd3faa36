// Scans of the signed paper: the branch attaches a real scan at the visa (refused first as a renamed
// executable, in Spanish), completes a positive visa, and back office opens the scan in its browser;
// another office gets 403. Needs the packaged jar (./mvnw -DskipTests package).
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_USERS, apiOk, launchBrowser, login, mailedVerificationCode, newPage, requestRenewal,
  screenshot, sleep, startApp, taskOf } from './lib/index.mjs';

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

test('la oficina adjunta el escaneo en el visado y back office lo abre', async () => {
  const number = await requestRenewal(app.baseUrl, { nit: '900123456-8', adminId: '52345678',
    adminDevice: '4000000001', office: '0001', device: '4000000002' });
  const taskId = await taskOf(app.baseUrl, number, 'Task_VisaSignature');

  const page = await newPage(browser);
  await login(page, app.baseUrl, 'tasklist', DEMO_USERS.branch);
  await page.goto(`${app.baseUrl}/camunda/app/tasklist/default/#/?task=${taskId}`);
  const claim = page.getByRole('button', { name: /^(Claim|Reclamar)$/ });
  await claim.first().click({ timeout: 30000 }).catch(() => {});
  const form = page.locator('#te-form-visa-signature');
  await form.waitFor({ timeout: 30000 });
  await page.locator('[data-case="confirmationNumber"]', { hasText: number }).waitFor();

  // An executable renamed .pdf: refused by its content, in Spanish, nothing attached.
  await page.locator('#te-visa-scan').setInputFiles({ name: 'formato.pdf',
    mimeType: 'application/pdf', buffer: Buffer.from('MZ\x90\x00This program cannot be run in DOS mode.') });
  await page.locator('.te-scan-status', { hasText: 'no es un PDF, JPEG ni PNG' }).waitFor();

  // A real image (a PNG the browser draws) as the scan of the signed form.
  const png = await page.screenshot({ type: 'png' });
  await page.locator('#te-visa-scan').setInputFiles({ name: 'formato-firmado.png',
    mimeType: 'image/png', buffer: png });
  await page.locator('.te-scan-list a', { hasText: 'formato-firmado.png' }).waitFor();
  const scanUrl = await page.locator('.te-scan-list a', { hasText: 'formato-firmado.png' })
    .getAttribute('href');

  await page.locator('input[name="visaResult"][value="APPROVED"]').check();
  await page.locator('#te-visa-code').fill(await mailedVerificationCode(app.baseUrl, number));
  await page.locator('#te-visa-reference').fill('EV-2026-0042');
  await screenshot(page, 'scans-visa-form');
  await page.getByRole('button', { name: /^(Complete|Completar)$/ }).click();
  for (let i = 0; i < 30; i++) {
    const open = await apiOk(app.baseUrl, 'GET', `/engine-rest/task/count?taskId=${taskId}`,
      DEMO_USERS.operator);
    if (open.count === 0) break;
    await sleep(1000);
  }
  const left = await apiOk(app.baseUrl, 'GET', `/engine-rest/task/count?taskId=${taskId}`,
    DEMO_USERS.operator);
  assert.equal(left.count, 0, 'the visa task is completed');

  // Back office opens the scan in its own browser session; another office may not.
  const backOffice = await newPage(browser);
  await login(backOffice, app.baseUrl, 'tasklist', DEMO_USERS.backOffice);
  const opened = await backOffice.goto(new URL(scanUrl, app.baseUrl).href);
  assert.equal(opened.status(), 200);
  assert.match(opened.headers()['content-type'], /^image\/png/);
  await screenshot(backOffice, 'scans-backoffice-opens-scan');

  const otherOffice = await newPage(browser);
  await login(otherOffice, app.baseUrl, 'tasklist', DEMO_USERS.branchOther);
  const refused = await otherOffice.goto(new URL(scanUrl, app.baseUrl).href);
  assert.equal(refused.status(), 403);
});
