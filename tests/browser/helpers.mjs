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

/** Runs axe-core (WCAG 2.1 A and AA) on the open page and returns the violations. */
export async function axe(page) {
  await page.addScriptTag({ content: AXE });
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
