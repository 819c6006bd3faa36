// Runs the browser suite against ONE packaged app started here (instead of one per test file):
//   ./mvnw -DskipTests package && node scripts/browser/run.mjs
// Same as `node --test scripts/browser/`, only faster. Exits with the test runner's status.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, startApp } from './lib/app.mjs';

const app = await startApp();
console.log(`app ready on ${app.baseUrl} (log: ${app.log})`);
let status = 1;
try {
  status = spawnSync(process.execPath, ['--test', '--test-reporter=spec', '--test-concurrency=1', join(ROOT, 'scripts/browser/')],
    { stdio: 'inherit', env: { ...process.env, TOKENS_BASE_URL: app.baseUrl } }).status ?? 1;
} finally {
  await app.stop();
}
process.exit(status);
