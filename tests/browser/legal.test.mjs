// The pages the law asks for (privacy notice, accessibility statement, legal notice) in every
// language: reachable from every page's footer with the keyboard, accessible (axe-core), valid
// HTML (Nu checker), within the page-weight budget at 360 px, and complete without JavaScript.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, axe, BASE, nuErrors, overBudget } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const PHONE = { viewport: { width: 360, height: 800 } };
const LANGS = ['en', 'fr', 'es', 'it'];
const PAGES = ['privacy', 'accessibility', 'legal'];

test('the legal pages are accessible, valid HTML and within the budget in every language', async () => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const checked = [];
  for (const lang of LANGS) {
    for (const name of PAGES) {
      const path = `/${lang}/${name}`;
      const response = await page.goto(`${BASE}${path}`);
      assert.equal(response.status(), 200, path);
      assert.equal(await page.locator('h1').count(), 1, `${path}: one h1`);
      assert.equal(await page.getAttribute('html', 'lang'), lang, path);
      assert.deepEqual(await axe(page), [], path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${path} scrolls sideways by ${overflow}px`);
      checked.push({ name: path, html: await page.content() });
    }
  }
  assert.deepEqual(nuErrors(checked), []);
  assert.deepEqual(await overBudget(page, checked), [], 'within the page-weight budget');
  await context.close();
});

test('the footer leads to the privacy notice with the keyboard alone, without JavaScript', async () => {
  const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${BASE}/fr/offers`);
  const link = page.locator('footer nav a[href="/fr/privacy"]');
  await link.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(`${BASE}/fr/privacy`);
  assert.match(await page.locator('h1').innerText(), /confidentialité/i);
  // Every feature's part is there, with how long it is kept.
  const parts = await page.locator('section.notice-part').count();
  assert.ok(parts >= 9, `${parts} parts`);
  assert.match(await page.locator('main').innerText(), /sta_session/);
  assert.match(await page.locator('table.retention').innerText(), /365 jours/);
  await context.close();
});
