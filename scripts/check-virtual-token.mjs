// Browser check of the virtual token (process 4) in the real Camunda webapps, against a running
// app with the demo data (it uses the demo holder Mateo, CC 1019876543, company 900123456-8):
//   BASE_URL=http://localhost:8091 node scripts/check-virtual-token.mjs
// The portal opens a NEW case and the holder reaches the questionnaire; the "window closing" timer
// (Event_WindowClosing, 7 days before the 3 months end) is executed through the engine REST API as
// admin, so back office gets "Acompañar al titular del token virtual": its Camunda Form renders and
// submits in Tasklist. Cockpit draws the process for gerente. One PASS/FAIL line per check.
import {
  apiOk, check, completeAndGone, executeJob, fillField, finish, launchBrowser, login,
  openClaimForm,
} from './lib/webapps.mjs';

const SUPPORT_TASK = 'Acompañar al titular del token virtual';
const browser = await launchBrowser();
let caseId;
let instanceId;

await check('portal: NEW virtual token for Mateo (CC 1019876543), link e-mailed', async () => {
  const created = await apiOk('POST', '/api/v1/virtual-tokens', 'portal',
    { companyNit: '900123456-8', idType: 'CC', idNumber: '1019876543', kind: 'NEW' });
  caseId = created.id;
  [{ id: instanceId }] = await apiOk('GET',
    `/engine-rest/process-instance?processDefinitionKey=virtual-token-issuance&businessKey=${caseId}`,
    'admin');
});

await check('engine REST: the 7-days-before-the-end timer fires (Event_WindowClosing)', async () => {
  await executeJob(instanceId, 'Event_WindowClosing');
});

const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
await check('tasklist: analista logs in', () => login(page, 'tasklist', 'analista'));
const opened = await check(`tasklist: "${SUPPORT_TASK}" appears for back office, its form renders`,
  () => openClaimForm(page, SUPPORT_TASK, undefined, ['Motivo del acompañamiento', 'Titular',
    'Ayuda dada al titular']));
if (opened) {
  await check(`tasklist: "${SUPPORT_TASK}" (help given) completed`, async () => {
    const form = page.locator('.task-details .fjs-container');
    await fillField(form, 'supportNotes', 'Se llamó al titular y se le recordó el plazo de 3 meses.');
    await page.screenshot({ path: `${process.env.SHOTS || '/tmp'}/tasklist-virtual-token-support.png` });
    await completeAndGone(page, SUPPORT_TASK, undefined);
  });
}

const cockpit = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
await check('cockpit: gerente logs in', () => login(cockpit, 'cockpit', 'gerente'));
await check(`cockpit: the virtual-token-issuance instance page draws its diagram`, async () => {
  await cockpit.goto(`${process.env.BASE_URL || 'http://localhost:8091'}/camunda/app/cockpit/default/#/process-instance/${instanceId}/runtime`);
  await cockpit.locator('.djs-element').first().waitFor({ timeout: 30000 });
  const elements = await cockpit.locator('.djs-element').count();
  if (elements < 20) throw new Error(`${elements} diagram elements`);
  return `${elements} diagram elements`;
});

await browser.close();
finish();
