// The browser suite's shared library (scripts/browser/*.test.mjs import from here).
export { ROOT, PASSWORD, api, apiOk, freePort, packagedJar, sleep, startApp } from './app.mjs';
export { SHOTS, launchBrowser, login, newPage, runAxe, screenshot } from './browser.mjs';
export { DEMO_USERS } from './users.mjs';
export { mailedVerificationCode, scanPdf } from './documents.mjs';
export {
  assertAxe, assertClean, complete, completeValid, fieldError, formField, nextTimer, openTask, renewal,
  requestRenewal, selectOption, serverRefusal, taskOf, tasklistPage,
} from './tasklist.mjs';
