// A clerk's steps in Tasklist and the portal calls that bring a case to them: find a case's task,
// open it (claimed) in the user's own browser context, complete it, read a refusal where the clerk
// reads it, and the registry's view of the case.
import assert from 'node:assert/strict';
import { DEMO_USERS } from './users.mjs';
import { api, apiOk, sleep } from './app.mjs';
import { login, newPage, runAxe } from './browser.mjs';

/** The open task `key` of the case with business key `number` (not `not`), once it exists. */
export async function taskOf(baseUrl, number, key, not = null) {
  for (let i = 0; i < 90; i++) {
    const tasks = await apiOk(baseUrl, 'GET', `/engine-rest/task?processInstanceBusinessKey=${number}`
      + `&taskDefinitionKey=${key}`, DEMO_USERS.operator);
    const task = tasks.find((t) => t.id !== not);
    if (task) return task.id;
    await sleep(1000);
  }
  throw new Error(`no task ${key} for ${number}`);
}

async function waitTaskDone(baseUrl, taskId) {
  for (let i = 0; i < 60; i++) {
    const { count } = await apiOk(baseUrl, 'GET', `/engine-rest/task/count?taskId=${taskId}`, DEMO_USERS.operator);
    if (count === 0) return;
    await sleep(500);
  }
  throw new Error(`task ${taskId} is still open`);
}

/**
 * A renewal the portal requests with the admin's current dynamic code; resolves to its confirmation
 * number (the open case's, when the app has one for the token already). A token accepts each code
 * once a minute: when another test used this minute's, the request waits for the next one.
 */
export async function requestRenewal(baseUrl, { nit, adminId, adminDevice, office, device }) {
  for (let attempt = 0; ; attempt++) {
    const { dynamicCode } = await apiOk(baseUrl, 'GET', `/demo/devices/${adminDevice}/dynamic-code`, DEMO_USERS.portal);
    const answer = await api(baseUrl, 'POST', '/api/v1/renewals', DEMO_USERS.portal, {
      companyNit: nit, adminIdType: 'CC', adminIdNumber: adminId, dynamicCode,
      branchOffice: office, renewals: [{ deviceSerial: device }],
    });
    if (answer.status === 201) return answer.body.renewals[0].confirmationNumber;
    if (answer.status === 409) return answer.body.caseNumbers[0];
    if (attempt > 0) {
      throw new Error(`renewal of ${device}: HTTP ${answer.status} ${JSON.stringify(answer.body)}`);
    }
    await sleep(61000 - (Date.now() % 60000));
  }
}

/** Makes the case's next timer due now (demo operator endpoint); resolves to the timer's id. */
export async function nextTimer(baseUrl, businessKey) {
  return (await apiOk(baseUrl, 'POST', `/demo/cases/${businessKey}/next-timer`, DEMO_USERS.operator)).timer;
}

/** The registry's case as the portal reads it (GET /api/v1/renewals/{number}). */
export const renewal = (baseUrl, number) => apiOk(baseUrl, 'GET', `/api/v1/renewals/${number}`, DEMO_USERS.portal);

const sessions = new WeakMap(); // browser -> user -> the user's Tasklist page

/**
 * `user`'s Tasklist page, logged in once per browser (its own context, so its own cookies); records
 * every HTTP 500 the page meets from now on in page.serverErrors.
 */
export async function tasklistPage(browser, baseUrl, user) {
  if (!sessions.has(browser)) sessions.set(browser, new Map());
  let page = sessions.get(browser).get(user);
  if (!page || page.isClosed()) {
    page = await newPage(browser);
    page.on('response', (r) => {
      if (r.status() >= 500) page.serverErrors.push(`${r.status()} ${r.request().method()} ${r.url()}`);
    });
    await login(page, baseUrl, 'tasklist', user);
    page.baseUrl = baseUrl;
    sessions.get(browser).set(user, page);
  }
  page.serverErrors = [];
  return page;
}

/** Opens task `taskId` in `user`'s Tasklist, claims it, waits for the form `formSelector`. */
export async function openTask(browser, baseUrl, user, taskId, formSelector) {
  const page = await tasklistPage(browser, baseUrl, user);
  page.taskId = taskId;
  // The query string makes it a new page load, not a change of the hash within the last task's view.
  await page.goto(`${baseUrl}/camunda/app/tasklist/default/?task=${taskId}#/?task=${taskId}`);
  const form = page.locator(formSelector).first();
  const claim = page.locator('.task-details button', { hasText: 'Reclamar' });
  await claim.or(form).first().waitFor({ timeout: 30000 });
  if (await claim.isVisible()) await claim.click();
  await form.waitFor({ timeout: 30000 });
  await page.locator('.task-details button', { hasText: 'Completar' }).waitFor();
  await page.locator('.task-details .unclaim').waitFor(); // the claim is shown: Tasklist has settled
  return page;
}

/** Closes the notifications a refusal left (they cover the buttons), as the clerk would. */
async function closeNotifications(page) {
  for (const close of await page.locator('.page-notifications .close, .page-notifications button.close').all()) {
    await close.click().catch(() => {});
  }
}

/** Clicks Completar. */
export async function complete(page) {
  await closeNotifications(page);
  await page.locator('.task-details button', { hasText: 'Completar' }).click();
}

/**
 * Nothing technical or English on screen, no 500 met so far. One known exception once the task is
 * completed: Tasklist re-reads the task it just completed and the engine REST API answers that GET
 * with a 500 (NullValueException from the HAL identity links) instead of 404 when the completion won
 * the race; Camunda's own behaviour, the clerk sees nothing of it.
 */
export async function assertClean(page, { completed = false } = {}) {
  const body = (await page.locator('body').innerText()).replace(/\s+/g, ' ');
  assert.doesNotMatch(body, /Cannot submit task form|Field is required|Exception|\^\[|R-[A-Z]\d/);
  const race = new RegExp(`^500 GET .*/engine-rest/task/${page.taskId}$`);
  assert.deepEqual(page.serverErrors.filter((e) => !(completed && race.test(e))), [], 'no HTTP 500');
}

/** Completes the task, waits until the engine has it done and Tasklist has settled. */
export async function completeValid(page) {
  await complete(page);
  await waitTaskDone(page.baseUrl, page.taskId);
  await page.locator('.task-details button', { hasText: 'Completar' }).waitFor({ state: 'detached', timeout: 30000 })
    .catch(() => {});
  await assertClean(page, { completed: true });
}

/** axe-core on the open task's pane (the whole Tasklist page is webapps.test.mjs's): 0 critical, 0 serious. */
export async function assertAxe(page, include = '.task-details') {
  const axe = await runAxe(page, { include });
  assert.deepEqual({ critical: axe.critical, serious: axe.serious }, { critical: 0, serious: 0 },
    JSON.stringify(axe.violations, null, 1));
}

/** The Spanish message the embedded form shows next to its field `name`. */
export const fieldError = (page, name, text) =>
  page.locator(`#te-error-${name}:not([hidden])`, { hasText: text }).waitFor({ timeout: 30000 });

/**
 * A refusal by the server: next to the embedded form's field (the plugin puts it there) or, for a
 * Camunda Form (form-js cannot mark a field from a server answer), in Tasklist's notification,
 * which names the field by its label.
 */
export const serverRefusal = (page, name, text) => page.locator(`#te-error-${name}:not([hidden])`)
  .or(page.locator('.page-notifications .alert, .notifications .alert'))
  .filter({ hasText: text }).first().waitFor({ timeout: 30000 });

/** The Camunda Form's field labelled `label` (form-js renders its own inputs). */
export const formField = (page, label) => page.locator('.task-details .fjs-form-field').filter({
  has: page.locator('label', { hasText: label }),
}).first();

/** Picks `option` in the Camunda Form's select labelled `label`. */
export async function selectOption(page, label, option) {
  await formField(page, label).locator('.fjs-input-group').click();
  await formField(page, label).locator('.fjs-dropdownlist-item', { hasText: option }).click();
}
