// Starts the packaged application (target/*.jar) for the browser suite: demo profile, free HTTP and
// SMTP ports, a fresh temporary working directory (the H2 file database and ./demo-mail live there),
// waits until /actuator/health says UP, and stops it afterwards.
// With TOKENS_BASE_URL set (scripts/browser/run.mjs does so), the tests share that running app
// instead of starting one per test file.
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const PASSWORD = 'demo';

/** A TCP port nobody listens on now. */
export function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

/** The runnable jar of `./mvnw package` (not the *.jar.original Spring Boot keeps). */
export function packagedJar() {
  const jars = readdirSync(join(ROOT, 'target')).filter((f) => f.endsWith('.jar'));
  if (jars.length !== 1) {
    throw new Error(`expected one target/*.jar (run ./mvnw -DskipTests package), found ${jars.length}`);
  }
  return join(ROOT, 'target', jars[0]);
}

/**
 * Starts the app, resolves when it is ready: {baseUrl, dataDir, log, stop()}.
 * options.env: extra environment (e.g. SPRING_PROFILES_ACTIVE); options.timeoutMs (default 420 s: two cores shared with a build can make a start that slow).
 */
export async function startApp(options = {}) {
  if (process.env.TOKENS_BASE_URL) {
    return { baseUrl: process.env.TOKENS_BASE_URL.replace(/\/$/, ''), dataDir: null, log: null,
      stop: async () => {} };
  }
  const port = await freePort();
  const smtpPort = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'token-browser-'));
  const log = join(dataDir, 'app.log');
  // The app writes its log to the file itself: through a pipe it would block once the pipe is full
  // while this process waits (run.mjs waits for the test runner with spawnSync).
  const out = openSync(log, 'a');
  const child = spawn('java', ['-Xmx768m', '-jar', packagedJar(),
    '--spring.profiles.active=demo', `--server.port=${port}`, `--spring.mail.port=${smtpPort}`],
  { cwd: dataDir, env: { ...process.env, ...options.env }, stdio: ['ignore', out, out] });
  closeSync(out);
  let exited = null;
  child.on('exit', (code) => { exited = code ?? 'signal'; });

  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (exited === null) {
      child.kill('SIGTERM');
      await Promise.race([new Promise((r) => child.once('exit', r)), sleep(20000)]);
      if (exited === null) child.kill('SIGKILL');
    }
    if (!process.env.KEEP_BROWSER_DATA) rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + (options.timeoutMs ?? 420000);
  while (Date.now() < deadline) {
    if (exited !== null) break;
    try {
      const r = await fetch(`${baseUrl}/actuator/health`);
      if (r.ok && (await r.json()).status === 'UP') return { baseUrl, dataDir, log, stop };
    } catch { /* not listening yet */ }
    await sleep(1000);
  }
  const tail = readFileSync(log, 'utf8').split('\n').slice(-40).join('\n');
  await stop();
  throw new Error(`the app did not become ready (exit: ${exited}); last log lines:\n${tail}`);
}

/** Calls the app with HTTP Basic (portal API, engine REST); returns {status, body}. */
export async function api(baseUrl, method, path, user, body) {
  const response = await fetch(`${baseUrl}${path}`, {
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

/** Like api(), but throws unless the status is 2xx; returns the body. */
export async function apiOk(baseUrl, method, path, user, body) {
  const r = await api(baseUrl, method, path, user, body);
  if (r.status < 200 || r.status > 299) {
    throw new Error(`${method} ${path} answered ${r.status}: ${JSON.stringify(r.body).slice(0, 300)}`);
  }
  return r.body;
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
