// With JavaScript disabled every page is complete: lists have their items, filters work as
// plain GET forms, the language switcher works. At 360 px wide nothing scrolls sideways.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, BASE, LANGS, CORE_PAGES } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('pages are complete without JavaScript, in every language', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const lang of LANGS) {
    for (const path of ['jobs', 'interviews', 'organisations']) {
      await page.goto(`${BASE}/${lang}/${path}`);
      const cards = await page.locator('main .cards > li').count();
      assert.ok(cards >= 10, `${lang}/${path} shows its items without JS (got ${cards})`);
    }
  }
  await context.close();
});

test('filters are GET forms that work without JavaScript', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${BASE}/fr/organisations`);
  await page.selectOption('#filter-country', 'IT');
  await page.click('form.filters button[type=submit]');
  await page.waitForURL(/country=IT/);
  const cards = await page.locator('main .cards > li').count();
  assert.equal(cards, 3, 'three Italian organisations');
  assert.equal(await page.inputValue('#filter-country'), 'IT', 'the filter keeps its value');
  await context.close();
});

test('the language switcher leads to the same page in another language', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${BASE}/en/interviews?country=ES`);
  await page.click('nav.lang-switch a[hreflang=fr]');
  assert.equal(new URL(page.url()).pathname, '/fr/interviews');
  assert.equal(new URL(page.url()).search, '?country=ES');
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  await context.close();
});

test('a missing translation is said visibly and marked with its language', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  // Javier Ortega's portrait has no French text: it is shown in Spanish, its original language.
  await page.goto(`${BASE}/fr/interviews/javier-ortega-privacidad`);
  const notice = page.locator('.notice-lang');
  assert.equal(await notice.count(), 1);
  assert.match(await notice.innerText(), /espagnol/);
  assert.equal(await page.getAttribute('h1', 'lang'), 'es');
  await context.close();
});

test('at 360 px wide no page scrolls sideways', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of CORE_PAGES) {
    await page.goto(`${BASE}/fr/${path}`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `/fr/${path} is ${width}px wide`);
  }
  await context.close();
});
