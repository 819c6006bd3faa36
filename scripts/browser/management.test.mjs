// Tablero de gerencia (Cockpit plugin): as the demo manager `gerente` Cockpit's start page shows the
// dashboard with the registry's figures (read independently through the portal API); a branch user
// gets 403 from the plugin's endpoint and never sees the plugin. Back office registers lots from
// Tasklist («Inventario de tokens», the same stock module).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { PASSWORD, api, apiOk, launchBrowser, newPage, screenshot, startApp } from './lib/index.mjs';

const PLUGIN = '/camunda/api/cockpit/plugin/tablero-gerencia/default';
const DEMO_NITS = ['900123456-8', '901234567-7', '800987654-4'];
const CLOSED = new Set(['ACTIVADO']);
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

/** Camunda's login form; waits for the app's header (works with and without the role reload). */
async function signIn(page, webapp, user) {
  // The first page of a freshly started app on a busy machine takes long: Cockpit's bundles load.
  await page.goto(`${app.baseUrl}/camunda/app/${webapp}/`, { timeout: 180000 });
  await page.locator('input[ng-model="username"]').fill(user, { timeout: 180000 });
  await page.locator('input[ng-model="password"]').fill(PASSWORD);
  await page.locator('button[type="submit"]').click();
  await page.locator('.navbar-brand').first().waitFor({ timeout: 120000 });
}

/** The registry's open cases per status and office, from the portal's company lists. */
async function registryFigures() {
  const byStatus = {};
  let open = 0;
  for (const nit of DEMO_NITS) {
    const company = await apiOk(app.baseUrl, 'GET', `/api/v1/companies/${nit}/users`, 'portal');
    for (const user of company.users) {
      for (const device of user.devices) {
        const status = device.renewal?.status;
        if (status && !CLOSED.has(status)) {
          byStatus[status] = (byStatus[status] || 0) + 1;
          open += 1;
        }
      }
    }
  }
  return { open, byStatus };
}

/**
 * A renewal for Paula Castro's token (Transportes del Valle), claimed at office 0002: a token no
 * other test file renews, so the files can share one app (scripts/browser/run.mjs).
 */
async function requestRenewal() {
  const request = async () => {
    const code = await apiOk(app.baseUrl, 'GET', '/demo/devices/4000000021/dynamic-code', 'portal');
    const created = await api(app.baseUrl, 'POST', '/api/v1/renewals', 'portal', {
      companyNit: '800987654-4', adminIdType: 'CC', adminIdNumber: '16789012',
      dynamicCode: code.dynamicCode ?? code.code, branchOffice: '0002',
      renewals: [{ deviceSerial: '4000000022' }],
    });
    return { code, created };
  };
  let { code, created } = await request();
  // A token accepts each code once: when another test file used Ricardo's code of this minute,
  // wait for the token's next code (validUntil) and ask again.
  if (created.status === 400 && JSON.stringify(created.body).includes('dynamicCode')) {
    await new Promise((r) => setTimeout(r, Math.max(0, Date.parse(code.validUntil) - Date.now()) + 1500));
    ({ created } = await request());
  }
  // 409: another run of the suite on this app opened it already.
  assert.ok([201, 409].includes(created.status), JSON.stringify(created.body));
}

const figureOf = async (page, key) =>
  Number((await page.locator(`[data-figure="${key}"]`).first().textContent()).replace(/\D/g, ''));

test('Cockpit como gerente: el tablero muestra las cifras del registro', async () => {
  await requestRenewal();
  const registry = await registryFigures();
  assert.ok(registry.open >= 1);

  const page = await newPage(browser);
  await signIn(page, 'cockpit', 'gerente');
  const dashboard = page.locator('[data-testid="tablero-gerencia"]');
  await dashboard.locator('[data-testid="tg-open-total"]').waitFor({ timeout: 120000 });
  await screenshot(page, 'management-dashboard');
  assert.match(await dashboard.locator('h3').textContent(), /Tablero de gerencia/);

  assert.equal(await figureOf(page, 'open'), registry.open);
  for (const [status, count] of Object.entries(registry.byStatus)) {
    assert.equal(await figureOf(page, `status:${status}`), count, status);
  }
  assert.ok(await figureOf(page, 'office:0002') >= 1);
  // Every demo office holds stock (its deliveries take serials from it).
  for (const office of ['0001', '0002', '0003']) {
    assert.ok(await figureOf(page, `stock:${office}`) > 0, `stock of ${office}`);
  }
  // Spanish chart and the list behind a figure.
  assert.equal(await page.locator('svg.tg-chart rect.tg-bar').count(), 24);
  await page.locator('[data-figure="status:SOLICITADO"]').click();
  const list = page.locator('[data-testid="tg-list"]');
  await list.waitFor();
  assert.equal(await list.locator('tbody tr').count(), registry.byStatus.SOLICITADO);
  assert.match(await list.textContent(), /Solicitado/);
  await screenshot(page, 'management-dashboard-list');
  await page.context().close();
});

test('Un usuario de oficina: el endpoint responde 403 y el plugin no aparece', async () => {
  const page = await newPage(browser);
  await signIn(page, 'tasklist', 'oficina0001');
  const status = await page.evaluate(async (path) =>
    (await fetch(path, { credentials: 'same-origin' })).status, `${PLUGIN}/dashboard`);
  assert.equal(status, 403);
  const access = await page.evaluate(async (path) =>
    (await fetch(path, { credentials: 'same-origin' })).json(), `${PLUGIN}/access`);
  assert.deepEqual(access, { dashboard: false, stock: false, stockWrite: false });

  await page.goto(`${app.baseUrl}/camunda/app/cockpit/default/#/dashboard`);
  await page.waitForLoadState('networkidle');
  assert.equal(await page.locator('[data-testid="tablero-gerencia"]').count(), 0);
  await screenshot(page, 'management-branch-user');
  await page.context().close();
});

test('Back office en Tasklist: «Inventario de tokens» registra un lote y el inventario lo cuenta', async () => {
  const page = await newPage(browser);
  await signIn(page, 'tasklist', 'analista');
  await page.locator('[data-testid="inventario-tokens-open"]').click({ timeout: 120000 });
  const panel = page.locator('[data-testid="inventario-tokens"]');
  await panel.locator('[data-testid="tg-stock"]').waitFor({ timeout: 60000 });
  const before = await figureOf(page, 'stock:0003');

  // A refused lot says why in Spanish; nothing is stored.
  const lot = panel.locator('[data-testid="tg-lot-form"]');
  await lot.locator('input[name="branchOffice"]').fill('0003');
  await lot.locator('textarea[name="serials"]').fill('5123');
  await lot.locator('button[type="submit"]').click();
  await panel.locator('.tg-message.text-danger').waitFor();
  assert.match(await panel.locator('.tg-message').textContent(), /Seriales no válidos/);

  // A lot of two new serials (a range no other test uses).
  const first = 4503900000 + (Date.now() % 90000) * 2;
  await lot.locator('textarea[name="serials"]').fill('');
  await lot.locator('input[name="branchOffice"]').fill('0003');
  await lot.locator('input[name="firstSerial"]').fill(String(first));
  await lot.locator('input[name="lastSerial"]').fill(String(first + 1));
  await lot.locator('button[type="submit"]').click();
  await panel.locator('.tg-message.text-success').waitFor();
  assert.match(await panel.locator('.tg-message').textContent(), /Lote registrado: 2 tokens/);
  await page.waitForFunction(([n]) => {
    const f = document.querySelector('[data-testid="inventario-tokens"] [data-figure="stock:0003"]');
    return f && Number(f.textContent.replace(/\D/g, '')) === n;
  }, [before + 2]);
  await screenshot(page, 'tasklist-backoffice-stock');
  await page.context().close();
});

test('Un usuario de oficina no ve «Inventario de tokens» en Tasklist', async () => {
  const page = await newPage(browser);
  // The entry asks the management endpoint what the user may see, then draws itself or nothing.
  const asked = page.waitForResponse((r) => r.url().endsWith('/tablero-gerencia/default/access'),
    { timeout: 180000 });
  await signIn(page, 'tasklist', 'oficina0001');
  assert.equal((await asked).status(), 200);
  await page.locator('.navbar-brand').first().waitFor();
  assert.equal(await page.locator('[data-testid="inventario-tokens-open"]').count(), 0);
  await page.context().close();
});
