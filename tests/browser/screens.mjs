// Developer tool (not a test): the first screen of each core page at 360 and 1280 px wide,
// written to docs/screens/ to be looked at and committed. Run against a fresh demo site:
//   BASE_URL=http://127.0.0.1:3000 node tests/browser/screens.mjs [out-dir]
// It signs up a learner and earns a badge on the way (for the account and badge pages).
import { mkdir } from 'node:fs/promises';
import { launch, BASE } from './helpers.mjs';
import { walk, claim, submit } from './learning.mjs';

const out = process.argv[2] ?? new URL('../../docs/screens/', import.meta.url).pathname;
const PAGES = [
  ['home', '/fr/'],
  ['offers', '/fr/offers'],
  ['offers-search', '/fr/offers?q=donnees&city=Lyon&city=remote'],
  ['offer', '/fr/offers/fr-developpeur-web-carnet-adherents-nantes'],
  ['jobs', '/en/jobs'],
  ['job', '/fr/jobs/open-data-officer'],
  ['pathways', '/es/pathways'],
  ['pathway', '/es/pathways/open-data-for-associations'],
  ['step', '/en/pathways/privacy-basics-for-small-organisations/steps/6'],
  ['resume', '/es/resume'],
  ['webinars', '/it/webinars'],
  ['webinar', '/fr/webinars/accompagner-les-personnes-agees-vers-le-numerique'],
  ['resources', '/fr/resources'],
  ['interviews', '/en/interviews'],
  ['interview', '/en/interviews/javier-ortega-privacidad'],
  ['organisations', '/it/organisations'],
  ['organisation', '/es/organisations/conecta-mayores'],
  ['assessment', '/fr/assessment'],
  ['search', '/en/search?q=data'],
  ['sign-in', '/fr/account/sign-in'],
];

await mkdir(out, { recursive: true });
const browser = await launch();
// A learner with a badge, for the pages only they see.
const learner = await browser.newContext();
const page = await learner.newPage();
await page.goto(`${BASE}/en/account/sign-up`);
await page.fill('#field-email', `screens.${Date.now()}@example.org`);
await page.fill('#field-display-name', 'Alex');
await page.fill('#field-password', 'a long and private passphrase');
await page.fill('#field-password-confirm', 'a long and private passphrase');
await submit(page, 'main form button[type=submit]');
await walk(page, 'en', 'accessible-web-content');
const badge = await claim(page, 'en', 'accessible-web-content', 'Alex Martin');
const state = await learner.storageState();
await learner.close();
const mine = [
  ['badge', `/en/badges/${badge}`],
  ['account', '/en/account'],
  ['account-learning', '/en/account/learning'],
];

for (const width of [360, 1280]) {
  for (const [pages, storageState] of [[PAGES, undefined], [mine, state]]) {
    const context = await browser.newContext({ viewport: { width, height: 800 }, storageState });
    const tab = await context.newPage();
    for (const [name, path] of pages) {
      await tab.goto(`${BASE}${path}`);
      await tab.screenshot({ path: `${out}/${name}-${width}.png` });
    }
    await context.close();
  }
}
await browser.close();
console.log(`${(PAGES.length + mine.length) * 2} screenshots in ${out}`);
