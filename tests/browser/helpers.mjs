// Shared browser-test helpers: Chromium launch, axe-core, the pages every test walks.
import { chromium } from 'playwright-core';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
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
  'assessment',
  'assessment?area=4',
  'assessment/profile',
  'assessment/results',
  'search?q=donnees',
  'search?q=fomatoin',
  'search?q=python&kind=webinar&lang=es',
  'offers?q=fomatoin&kind=training',
  'jobs?q=developpeuse',
  'webinars?q=formations',
  'resources?q=benevoles&lang=fr',
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

const VNU = require.resolve('vnu-jar/build/dist/vnu.jar');

/** The W3C Nu HTML checker's errors on `pages` ({ name, html } each), as "name: message". */
export function nuErrors(pages) {
  const dir = mkdtempSync(join(tmpdir(), 'vnu-'));
  const files = pages.map(({ name, html }) => {
    const file = join(dir, `${name.replace(/[^A-Za-z0-9.-]+/g, '_') || 'home'}.html`);
    writeFileSync(file, html);
    return file;
  });
  let output = '';
  try {
    execFileSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', ...files], { stdio: 'pipe' });
  } catch (err) {
    output = err.stderr.toString();
  }
  const messages = output ? JSON.parse(output).messages.filter((m) => m.type === 'error') : [];
  return messages.map((m) => `${m.url.split('/').pop()}: ${m.message}`);
}

/** The gzip-compressed size of `text` (the page-weight budget compares these). */
export const gzipSize = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;

/** The budget: a page's HTML and the stylesheet, compressed, fit in 30 KB. */
export const PAGE_BUDGET = 30 * 1024;

/** The pages `checked` ({ name, html }) that do not fit the budget with the stylesheet `page`
 * links to, as "name: bytes" (an empty list when all fit). */
export async function overBudget(page, checked) {
  const cssHref = await page.locator('link[rel=stylesheet]').first().getAttribute('href');
  const css = gzipSize(await (await page.request.get(`${BASE}${cssHref}`)).text());
  return checked
    .map(({ name, html }) => ({ name, bytes: gzipSize(html) + css }))
    .filter(({ bytes }) => bytes > PAGE_BUDGET)
    .map(({ name, bytes }) => `${name}: ${bytes} bytes`);
}
