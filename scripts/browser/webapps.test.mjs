// The Camunda webapps as the bank's staff meet them, in headless chromium with locale es-CO on a PC
// whose clock is UTC: Spanish login and chrome, each role's task list, what each role must not see,
// Bogotá time in Colombian format, and axe-core counts (login, Tasklist with a form open, Cockpit).
//   ./mvnw -DskipTests package && node --test scripts/browser/
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  DEMO_USERS, apiOk, api, launchBrowser, login, newPage, runAxe, screenshot, startApp,
} from './lib/index.mjs';

let app;
let browser;
let visaCase; // {confirmationNumber, processInstanceId, startTime}

const VISA_TASK = 'Visar firma de la solicitud';

/**
 * A before-expiry renewal of Laura Gómez's own token 4000000001 for office 0001 (a token no other test
 * file renews, so the files can share one app), or, against an app where it is open already, that
 * case; resolves once its visa task exists. A token accepts each dynamic code once per minute: when
 * another file used this minute's code, the request is retried with the next one.
 */
async function requestRenewal(baseUrl) {
  let answer;
  for (let attempt = 0; attempt < 2; attempt++) {
    const { dynamicCode } = await apiOk(baseUrl, 'GET', '/demo/devices/4000000001/dynamic-code', DEMO_USERS.portal);
    answer = await api(baseUrl, 'POST', '/api/v1/renewals', DEMO_USERS.portal, {
      companyNit: '900123456-8', adminIdType: 'CC', adminIdNumber: '52345678', dynamicCode,
      branchOffice: '0001', renewals: [{ deviceSerial: '4000000001' }],
    });
    if (answer.status === 201 || answer.status === 409) break;
    await new Promise((r) => setTimeout(r, 61000 - (Date.now() % 60000)));
  }
  assert.ok(answer.status === 201 || answer.status === 409, `renewal request: HTTP ${answer.status}`);
  const number = answer.status === 201 ? answer.body.renewals[0].confirmationNumber : answer.body.caseNumbers[0];
  for (let i = 0; i < 30; i++) { // the PDF and e-mail jobs run before the visa task exists
    const [task] = await apiOk(baseUrl, 'GET', `/engine-rest/task?processInstanceBusinessKey=${number}`
      + '&taskDefinitionKey=Task_VisaSignature', DEMO_USERS.operator);
    if (task) {
      const instance = await apiOk(baseUrl, 'GET',
        `/engine-rest/history/process-instance/${task.processInstanceId}`, DEMO_USERS.operator);
      return { confirmationNumber: instance.businessKey, processInstanceId: instance.id, startTime: instance.startTime };
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`no visa task for ${number}`);
}

/** "dd/MM/yyyy HH:mm" of an engine timestamp, in Bogotá time. */
function bogota(timestamp) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
    timeZone: 'America/Bogota', day: '2-digit', month: '2-digit', year: 'numeric',
    hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(timestamp.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'))).map((p) => [p.type, p.value]));
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

const text = async (page) => (await page.locator('body').innerText()).replace(/\s+/g, ' ');

before(async () => {
  app = await startApp();
  browser = await launchBrowser();
  visaCase = await requestRenewal(app.baseUrl);
});

after(async () => {
  await browser?.close();
  await app?.stop();
});

describe('login page', () => {
  test('is Spanish in every webapp, with the product name', async () => {
    for (const [webapp, name] of [['tasklist', 'Tareas'], ['cockpit', 'Supervisión'],
      ['admin', 'Administración'], ['welcome', 'Inicio']]) {
      const page = await newPage(browser);
      await page.goto(`${app.baseUrl}/camunda/app/${webapp}/`);
      await page.locator('button[type="submit"]', { hasText: 'Ingresar' }).waitFor(); // translations loaded
      const body = await text(page);
      assert.doesNotMatch(body, /Log in|Username|Password\b|Powered by/, webapp);
      assert.equal(await page.getAttribute('html', 'lang'), 'es');
      assert.equal(await page.locator('input[ng-model="username"]').getAttribute('placeholder'), 'Usuario');
      assert.equal(await page.locator('input[ng-model="password"]').getAttribute('placeholder'), 'Contraseña');
      assert.match(await page.title(), new RegExp(name));
      if (webapp === 'tasklist') await screenshot(page, 'login-tasklist');
      await page.context().close();
    }
  });

  test('stays English for a browser set to English', async () => {
    const page = await newPage(browser, { locale: 'en-US' });
    await page.goto(`${app.baseUrl}/camunda/app/tasklist/`);
    await page.locator('button[type="submit"]', { hasText: 'Log in' }).waitFor();
    await page.context().close();
  });

  test('has no critical or serious axe-core violation', async () => {
    const page = await newPage(browser);
    await page.goto(`${app.baseUrl}/camunda/app/tasklist/`);
    await page.locator('input[ng-model="username"]').waitFor();
    await page.locator('#footer-timezone i', { hasText: 'Bogotá' }).waitFor();
    const axe = await runAxe(page);
    assert.deepEqual({ critical: axe.critical, serious: axe.serious }, { critical: 0, serious: 0 },
      JSON.stringify(axe.violations, null, 1));
    await page.context().close();
  });
});

describe('each role', () => {
  test('branch office: Spanish Tasklist, own filter only, the visa task with its case; no Create task', async () => {
    const page = await newPage(browser);
    await login(page, app.baseUrl, 'tasklist', DEMO_USERS.branch);
    const filters = (await page.locator('.task-filters .task-filter').allInnerTexts()).join(' | ');
    assert.match(filters, /Oficina 0001/);
    assert.doesNotMatch(filters, /Oficina 000[23]/);
    const item = page.locator('.tasks-list li.task', { hasText: visaCase.confirmationNumber });
    await item.waitFor({ timeout: 30000 });
    assert.match(await item.innerText(), new RegExp(VISA_TASK));
    const body = await text(page);
    assert.match(body, /Atajos de teclado/);
    assert.match(body, /Bogotá \(UTC-5\)/);
    assert.doesNotMatch(body, /Crear tarea|Create task|Keyboard Shortcuts|Claim\b|Camunda 8/);
    assert.match(await page.title(), /Token Empresarial/);
    await page.context().close();
  });

  test('branch office: a task form open in Spanish, 0 critical / 0 serious axe-core violations', async () => {
    const page = await newPage(browser);
    await login(page, app.baseUrl, 'tasklist', DEMO_USERS.branch);
    const item = page.locator('.tasks-list li.task', { hasText: visaCase.confirmationNumber });
    await item.waitFor({ timeout: 30000 });
    await item.locator('a').first().click();
    const form = page.locator('.task-details .fjs-container, .task-details form[name]').first();
    const claim = page.locator('.task-details button', { hasText: 'Reclamar' });
    await claim.or(form).first().waitFor({ timeout: 30000 });
    if (await claim.isVisible()) await claim.click(); // (against a shared app it may be claimed already)
    await form.waitFor({ timeout: 30000 });
    await page.locator('.task-details button', { hasText: 'Completar' }).waitFor();
    await screenshot(page, 'tasklist-visa-form');
    const axe = await runAxe(page);
    assert.deepEqual({ critical: axe.critical, serious: axe.serious }, { critical: 0, serious: 0 },
      JSON.stringify(axe.violations, null, 1));
    await page.context().close();
  });

  test('back office: its own filter, no branch filter, no Create task', async () => {
    const page = await newPage(browser);
    await login(page, app.baseUrl, 'tasklist', DEMO_USERS.backOffice);
    const filters = (await page.locator('.task-filters .task-filter').allInnerTexts()).join(' | ');
    assert.doesNotMatch(filters, /Oficina 000\d/);
    assert.doesNotMatch(await text(page), /Crear tarea/);
    await page.context().close();
  });

  test('managers: Cockpit in Spanish without modifying actions; Bogotá time in dd/MM/yyyy HH:mm', async () => {
    const page = await newPage(browser);
    await login(page, app.baseUrl, 'cockpit', DEMO_USERS.manager);
    await page.locator('.dashboard, [cam-dashboard], .dashboard-row').first().waitFor();
    const dashboard = await text(page);
    assert.match(dashboard, /Instancias de proceso en curso/);
    const axe = await runAxe(page);
    assert.deepEqual({ critical: axe.critical, serious: axe.serious }, { critical: 0, serious: 0 },
      JSON.stringify(axe.violations, null, 1));
    await screenshot(page, 'cockpit-dashboard');

    await page.goto(`${app.baseUrl}/camunda/app/cockpit/default/#/process-instance/${visaCase.processInstanceId}/runtime`);
    await page.locator('.ctn-header, .process-instance-header, [cam-breadcrumbs-panel]').first().waitFor();
    await page.locator('text=Variables').first().waitFor();
    const instance = await text(page);
    assert.doesNotMatch(instance, /Cancelar la instancia de proceso|Suspender la instancia|Agregar una variable nueva/);
    assert.equal(await page.locator('[tooltip*="Cancelar"], a[ng-click*="cancel"], .glyphicon-remove-circle').count(), 0);

    const pd = (await apiOk(app.baseUrl, 'GET', `/engine-rest/process-instance/${visaCase.processInstanceId}`, DEMO_USERS.operator)).definitionId;
    await page.goto(`${app.baseUrl}/camunda/app/cockpit/default/#/process-definition/${pd}/runtime`);
    const row = page.locator('table tbody tr', { hasText: visaCase.processInstanceId });
    await row.waitFor({ timeout: 30000 });
    const started = (await row.locator('td.start-time').innerText()).trim();
    assert.equal(started, bogota(visaCase.startTime), 'start time in Bogotá time on a UTC PC');
    assert.doesNotMatch(await text(page), /Suspender la definición de proceso/);
    assert.doesNotMatch(await page.locator('[cam-widget-header]').innerText(), /Lotes/);
    await page.context().close();
  });

  test('managers: no Admin entry; the Admin URL answers a Spanish 403 page', async () => {
    const page = await newPage(browser);
    await login(page, app.baseUrl, 'tasklist', DEMO_USERS.manager);
    await page.locator('.app-switch .dropdown-toggle').click();
    const apps = await page.locator('.app-switch .dropdown-menu').innerText();
    assert.match(apps, /Supervisión/);
    assert.doesNotMatch(apps, /Administración|Admin/);
    const response = await page.goto(`${app.baseUrl}/camunda/app/admin/default/`);
    assert.equal(response.status(), 403);
    const body = await text(page);
    assert.match(body, /Acceso no permitido/);
    assert.doesNotMatch(body, /Whitelabel|Forbidden/);
    const missing = await page.goto(`${app.baseUrl}/camunda/no-existe`);
    assert.equal(missing.status(), 404);
    assert.match(await text(page), /Página no encontrada/);
    await page.context().close();
  });

  test('staff: Start process offered only when the user may start a process (none in Tasklist)', async () => {
    for (const user of [DEMO_USERS.branch, DEMO_USERS.backOffice, DEMO_USERS.manager]) {
      const startable = (await api(app.baseUrl, 'GET', '/engine-rest/process-definition/count'
        + '?latestVersion=true&active=true&startableInTasklist=true&startablePermissionCheck=true', user)).body.count;
      const page = await newPage(browser);
      await login(page, app.baseUrl, 'tasklist', user);
      const offered = await page.locator('[cam-widget-header] .start-process-action').count() > 0;
      assert.equal(offered, startable > 0, `${user}: ${startable} startable, Start process offered: ${offered}`);
      await page.context().close();
    }
  });

  test('operator: Create task, Cockpit actions, Admin', async () => {
    const page = await newPage(browser);
    await login(page, app.baseUrl, 'tasklist', DEMO_USERS.operator);
    await page.locator('[cam-widget-header] .create-task-action', { hasText: 'Crear tarea' }).waitFor();
    await page.goto(`${app.baseUrl}/camunda/app/cockpit/default/#/process-instance/${visaCase.processInstanceId}/runtime`);
    await page.locator('[uib-tooltip="Cancelar la instancia de proceso"], [tooltip="Cancelar la instancia de proceso"], a:has(.glyphicon-remove)').first()
      .waitFor({ timeout: 30000 });
    const admin = await page.goto(`${app.baseUrl}/camunda/app/admin/default/`);
    assert.equal(admin.status(), 200);
    await page.context().close();
  });
});
