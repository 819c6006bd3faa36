// Debian chromium driven by playwright-core, as a Colombian clerk's PC would show the webapps:
// locale es-CO, but time zone UTC, so that Bogotá times on screen prove the app sets the zone itself.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { PASSWORD, ROOT } from './app.mjs';

export const SHOTS = join(ROOT, 'target', 'browser');
const require = createRequire(import.meta.url);

/** Launches headless chromium; fails (never skips) when it cannot start. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
}

/** A fresh page (own cookies) with the clerk's locale and a UTC clock. */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext({
    locale: 'es-CO', timezoneId: 'UTC', viewport: { width: 1440, height: 1000 }, ...options,
  });
  return context.newPage();
}

/**
 * Logs in on the Camunda login page of the app (tasklist, cockpit, admin, welcome) and waits until
 * the project's script has applied the user's role (html[data-te-roles] names it; before that the
 * page may still show or hide actions the role may not use).
 */
export async function login(page, baseUrl, app, user, password = PASSWORD) {
  await page.goto(`${baseUrl}/camunda/app/${app}/`);
  const username = page.locator('input[ng-model="username"]');
  const signedIn = page.locator('html[data-te-roles]:not([data-te-roles="anonymous"])');
  await username.waitFor({ timeout: 30000 });
  // Now and then (a loaded machine) the login view renders again after the fields were typed, and
  // the click submits an empty form: type again while the login form is still shown.
  for (let attempt = 1; ; attempt++) {
    if (await username.isVisible()) {
      await username.fill(user);
      await page.locator('input[ng-model="password"]').fill(password);
      await page.locator('button[type="submit"]').click();
    }
    if (await signedIn.waitFor({ timeout: 20000 }).then(() => true, () => false)) break;
    if (attempt === 3) {
      throw new Error(`${user} is not logged in to ${app}: ${(await page.locator('body').innerText()).slice(0, 300)}`);
    }
  }
  await page.locator('.navbar-brand .brand-name').waitFor({ timeout: 30000 });
}

/** Writes target/browser/<name>.png and returns its path. */
export async function screenshot(page, name) {
  mkdirSync(SHOTS, { recursive: true });
  const path = join(SHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

/**
 * Runs axe-core (WCAG 2.x A/AA rules) in the page; options.include/exclude are CSS selectors.
 * Returns {violations, critical, serious} where critical/serious are the counts of violated rules.
 */
export async function runAxe(page, options = {}) {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async ({ include, exclude }) => {
    const context = include || exclude ? { include: include ? [include] : undefined,
      exclude: exclude ? exclude.map((e) => [e]) : [] } : document;
    const r = await window.axe.run(context, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  }, { include: options.include, exclude: options.exclude });
  const count = (impact) => violations.filter((v) => v.impact === impact).length;
  return { violations, critical: count('critical'), serious: count('serious') };
}
