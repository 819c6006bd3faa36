// Shared helpers of the browser checks (scripts/check-*.mjs): PASS/FAIL reporting, the headless
// Chromium, log-in to the Camunda webapps, the Tasklist task actions, Camunda Forms (form-js) inputs
// and calls to the app's REST APIs. Env: BASE_URL, SHOTS, CHROMIUM, PASSWORD.
import { chromium } from 'playwright-core';

export const BASE = (process.env.BASE_URL || 'http://localhost:8091').replace(/\/$/, '');
export const SHOTS = process.env.SHOTS || '/tmp';
export const PASSWORD = process.env.PASSWORD || 'demo';

let failures = 0;
export function result(ok, name, detail = '') {
  if (!ok) failures++;
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? ' — ' + detail : ''}`);
  return ok;
}
/** Runs one check: PASS with the string it returns, FAIL with the first line of what it throws. */
export async function check(name, fn) {
  try {
    const detail = await fn();
    return result(true, name, typeof detail === 'string' ? detail : '');
  } catch (e) {
    return result(false, name, String(e.message || e).split('\n')[0]);
  }
}
/** Prints the summary line and exits non-zero when a check failed. */
export function finish() {
  console.log(failures ? `${failures} check(s) FAILED` : 'all checks passed');
  process.exit(failures ? 1 : 0);
}

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
      '--no-first-run'],
  });
}

export async function login(page, app, user) {
  await page.goto(`${BASE}/camunda/app/${app}/`);
  await page.locator('input[ng-model="username"]').fill(user, { timeout: 20000 });
  await page.locator('input[ng-model="password"]').fill(PASSWORD);
  await page.locator('button[type="submit"]').click();
  await page.locator('.navbar-brand .brand-name').waitFor({ timeout: 20000 });
  await page.waitForTimeout(2500); // the Angular app renders its views
}

/** Branding: title and header say Token Empresarial; no Camunda 8 / end-of-life notice shown. */
export async function checkBranding(page, app) {
  await check(`${app}: title and header brand are "Token Empresarial"`, async () => {
    const title = await page.title();
    const brand = (await page.locator('.navbar-brand .brand-name').innerText()).trim();
    if (!title.includes('Token Empresarial') || !brand.includes('Token Empresarial')) {
      throw new Error(`title="${title}" brand="${brand}"`);
    }
    return `title="${title}"`;
  });
  await check(`${app}: no vendor banner visible`, async () => {
    const text = await page.locator('body').innerText();
    if (/Camunda 8|migrate to/i.test(text)) throw new Error('"Camunda 8" text visible');
    const banners = await page.locator('.ce-eol-banner').evaluateAll(
      (els) => els.filter((e) => e.offsetParent !== null).length);
    if (banners > 0) throw new Error(`${banners} visible .ce-eol-banner`);
  });
}

/** The task in the list with this name (and, if given, this text too, e.g. the confirmation number). */
export function taskItem(page, name, alsoText) {
  let item = page.locator('.tasks-list li.task', { hasText: name });
  if (alsoText) item = item.filter({ hasText: alsoText });
  return item.first();
}

export async function openTask(page, name, alsoText) {
  const link = taskItem(page, name, alsoText);
  await link.waitFor({ timeout: 20000 });
  await link.locator('a').first().click();
  await page.waitForTimeout(2000);
}

export async function claim(page) {
  const claimButton = page.locator('.task-details button.claim, button:has-text("Claim")').first();
  await claimButton.waitFor({ timeout: 15000 });
  await claimButton.click();
  await page.locator('.task-details .fjs-container').waitFor({ timeout: 20000 });
  await page.waitForTimeout(1500);
}

export async function complete(page) {
  const completeButton = page.locator('.task-details button:has-text("Complete")').first();
  await completeButton.click();
  await page.waitForTimeout(3000);
}

/** Throws when a form-js field shows a validation error. */
export async function expectNoFormErrors(page) {
  const errors = await page.locator('.fjs-form-field-error').allInnerTexts();
  if (errors.some((e) => e.trim())) throw new Error(`form errors: ${errors.join('; ')}`);
}

/** Throws unless every label is in the rendered Camunda Form. */
export async function expectLabels(form, labels) {
  const text = await form.innerText();
  const missing = labels.filter((l) => !text.includes(l));
  if (missing.length) throw new Error(`labels missing: ${missing.map((l) => `"${l}"`).join(', ')}`);
}

/** Fills a form-js text field / textarea by its key. */
export async function fillField(form, key, value) {
  await form.locator(`input[id$="Field_${key}"], textarea[id$="Field_${key}"]`).first().fill(value);
}

/** Picks an option of a form-js select (its own dropdown, not a native <select>). */
export async function selectOption(form, key, optionLabel) {
  const field = form.locator('.fjs-form-field-select', {
    has: form.page().locator(`input[id$="Field_${key}"]`),
  }).first();
  await field.locator('.fjs-input-group').first().click();
  await field.locator('.fjs-dropdownlist-item', { hasText: optionLabel }).first().click();
}

/** Clicks a radio option or checkbox of a form-js form by its visible label. */
export async function clickLabel(form, label) {
  await form.locator('label', { hasText: label }).first().click();
}

/** Calls the app's REST API (portal API or engine REST) with HTTP Basic; returns {status, body}. */
export async function api(method, path, user, body) {
  const response = await fetch(`${BASE}${path}`, {
    method,
    headers: {
      Authorization: 'Basic ' + Buffer.from(`${user}:${PASSWORD}`).toString('base64'),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let json;
  try { json = text ? JSON.parse(text) : null; } catch { json = text; }
  return { status: response.status, body: json };
}

/** Like api(), but throws unless the status is 2xx. */
export async function apiOk(method, path, user, body) {
  const r = await api(method, path, user, body);
  if (r.status < 200 || r.status > 299) {
    throw new Error(`${method} ${path} answered ${r.status}: ${JSON.stringify(r.body).slice(0, 300)}`);
  }
  return r.body;
}

/** Executes the one job of an activity of a process instance (waiting for it), as admin. */
export async function executeJob(processInstanceId, activityId) {
  let jobs = [];
  for (let i = 0; i < 20 && jobs.length === 0; i++) {
    if (i) await sleep(1000); // earlier asynchronous steps run first
    jobs = await apiOk('GET',
      `/engine-rest/job?processInstanceId=${processInstanceId}&activityId=${activityId}`, 'admin');
  }
  if (jobs.length !== 1) throw new Error(`${jobs.length} jobs of ${activityId}`);
  await apiOk('POST', `/engine-rest/job/${jobs[0].id}/execute`, 'admin');
  return jobs[0];
}

/** Loads the plain task list afresh (no dialog state in the URL; a fresh page, not a reload). */
export async function reloadTasklist(page) {
  await page.goto('about:blank');
  await page.goto(`${BASE}/camunda/app/tasklist/default/#/`);
  await page.locator('.navbar-brand .brand-name').waitFor({ timeout: 20000 });
  await page.waitForTimeout(3500);
}

/** Opens, claims a task and checks its Camunda Form shows the labels; returns the form locator. */
export async function openClaimForm(page, task, caseNumber, labels) {
  try {
    await openTask(page, task, caseNumber);
    await claim(page);
    const form = page.locator('.task-details .fjs-container');
    await expectLabels(form, labels);
    return form;
  } catch (e) {
    await page.screenshot({ path: `${SHOTS}/failed-${task.split(' ')[0]}-${caseNumber}.png` });
    throw e;
  }
}

/** Completes the open task and waits until it left the list. */
export async function completeAndGone(page, task, caseNumber) {
  await complete(page);
  await expectNoFormErrors(page);
  const notes = (await page.locator('.notifications').allInnerTexts()).join(' ').replace(/\s+/g, ' ');
  if (/error|could not|failed/i.test(notes)) throw new Error(`notification: ${notes.slice(0, 300)}`);
  await taskItem(page, task, caseNumber).waitFor({ state: 'detached', timeout: 15000 });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
