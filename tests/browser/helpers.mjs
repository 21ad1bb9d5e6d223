// Shared browser-test helpers: Chromium launch, axe-core, the pages every test walks.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const BASE = process.env.BASE_URL ?? 'http://127.0.0.1:3999';
export const LANGS = ['en', 'fr', 'es', 'it'];
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The core pages: home, each list, a detail page of each kind. */
export const CORE_PAGES = [
  '',
  'jobs',
  'jobs/open-data-officer',
  'interviews',
  'interviews/javier-ortega-privacidad',
  'organisations',
  'organisations/conecta-mayores',
  'offers',
  'offers?q=donnees&mode=remote',
  'offers/fr-developpeur-web-carnet-adherents-nantes',
  'pathways',
  'pathways/open-data-for-associations',
  'pathways/open-data-for-associations/steps/2',
  'pathways/privacy-basics-for-small-organisations/steps/6',
  'resume',
  'webinars',
  'webinars/accompagner-les-personnes-agees-vers-le-numerique',
  'webinars/une-journee-de-data-steward',
];

export async function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/** Runs axe-core (WCAG 2.1 A and AA) on the open page and returns the violations. axe is
 * evaluated through the DevTools protocol, which the page's Content-Security-Policy (only the
 * app's own scripts) does not apply to, so the policy stays on during the tests. */
export async function axe(page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  });
}

/** Signs in through the form (works with and without JavaScript). */
export async function signIn(page, lang, email, password) {
  await page.goto(`${BASE}/${lang}/account/sign-in`);
  await page.fill('#field-email', email);
  await page.fill('#field-password', password);
  await Promise.all([page.waitForNavigation(), page.click('main button[type=submit]')]);
}

export const ADMIN = ['admin@example.org', 'demo admin of the academy'];
