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
 * the app shows the user's view (the project's script reloads the page once after the login, so
 * that the role's plugin exclusions apply: html[data-te-roles] then names the role).
 */
export async function login(page, baseUrl, app, user, password = PASSWORD) {
  await page.goto(`${baseUrl}/camunda/app/${app}/`);
  await page.locator('input[ng-model="username"]').fill(user, { timeout: 30000 });
  await page.locator('input[ng-model="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.locator('html[data-te-roles]:not([data-te-roles="anonymous"])').waitFor({ timeout: 30000 });
  await page.locator('.navbar-brand .brand-name').waitFor({ timeout: 30000 });
  await page.waitForLoadState('networkidle');
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
