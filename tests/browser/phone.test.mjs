// Issue 18 on a 360 × 800 phone, JavaScript off and on: a header of one name, one search field
// and a menu button (the language switcher and the account inside the menu); lists with their
// results first — the count and the filters in use before the results, the other filters in a
// disclosure counting them, a search that lands on the results with focus there, and a skip
// link that reaches the first result in a few tab stops. axe-core on each state.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, axe, BASE } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const PHONE = { width: 360, height: 800 };

/// Presses Tab until the focus is inside `selector`; the number of presses, or Infinity.
async function tabsTo(page, selector, most = 40) {
  for (let n = 1; n <= most; n++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => !!document.activeElement?.closest(s), selector)) return n;
  }
  return Infinity;
}

for (const javaScriptEnabled of [false, true]) {
  const how = javaScriptEnabled ? 'JavaScript on' : 'JavaScript off';

  test(`the phone header: name, search and a menu holding the rest — ${how}`, async () => {
    const context = await browser.newContext({ javaScriptEnabled, viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${BASE}/fr/pathways`);
    const header = await page.locator('header.site-header').boundingBox();
    assert.ok(header.height <= 120, `the header takes ${header.height}px`);
    assert.ok(await page.locator('#site-q').isVisible(), 'the search field is in view');
    assert.equal(await page.locator('nav.main-nav').isVisible(), false, 'the menu starts closed');
    assert.equal(await page.locator('nav.lang-switch').isVisible(), false);
    await page.click('summary.menu-button');
    assert.ok(await page.locator('nav.main-nav').isVisible(), 'the menu opens');
    assert.ok(await page.locator('nav.lang-switch').isVisible(), 'the languages are in the menu');
    assert.ok(await page.locator('nav.account-nav').isVisible(), 'the account is in the menu');
    if (javaScriptEnabled) assert.deepEqual(await axe(page), [], 'menu open');
    await Promise.all([page.waitForNavigation(), page.click('nav.lang-switch a[hreflang=it]')]);
    assert.equal(new URL(page.url()).pathname, '/it/pathways');
    await context.close();
  });

  test(`offers on a phone: results first, a search lands on them — ${how}`, async () => {
    const context = await browser.newContext({ javaScriptEnabled, viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${BASE}/fr/offers?country=FR`);
    // The count, the filter in use as a chip, then the results; the filters folded, counted.
    const count = await page.locator('#results-count').boundingBox();
    assert.ok(count.y < 800, `the count starts ${count.y}px down`);
    assert.match(await page.locator('.filter-panel > summary').innerText(), /\(1\)/);
    assert.equal(await page.locator('#offers-country').isVisible(), false, 'filters folded');
    assert.equal(await page.locator('.active-filters a.chip').count(), 1);
    if (javaScriptEnabled) assert.deepEqual(await axe(page), [], 'offers, filtered');

    // A search lands on the results, focused; the next tab is the first result.
    await page.fill('#offers-q', 'données');
    await Promise.all([page.waitForNavigation(), page.press('#offers-q', 'Enter')]);
    assert.equal(new URL(page.url()).hash, '#results');
    assert.match(await page.title(), /données/);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'results', 'focus on the results');
    assert.equal(await tabsTo(page, '#results .cards > li:first-child'), 1);

    // From the top of a fresh page: the skip links first, then the first result.
    await page.goto(`${BASE}/fr/offers?q=donn%C3%A9es`);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('href')), '#main');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('href')), '#results');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'results');
    const presses = 2 + await tabsTo(page, '#results .cards > li:first-child');
    assert.ok(presses <= 5, `${presses} tab stops to the first result`);

    // Removing the chip keeps the words and lands on the results.
    await page.goto(`${BASE}/fr/offers?q=donn%C3%A9es&country=FR`);
    const chips = page.locator('.active-filters a.chip');
    assert.equal(await chips.count(), 2);
    await Promise.all([page.waitForNavigation(), chips.nth(1).click()]);
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('country'), null);
    assert.equal(url.searchParams.get('q'), 'données');
    await context.close();
  });

  test(`every list with filters folds them and names its results — ${how}`, async () => {
    const context = await browser.newContext({ javaScriptEnabled, viewport: PHONE });
    const page = await context.newPage();
    for (const list of ['pathways', 'webinars', 'resources', 'jobs', 'interviews', 'organisations']) {
      await page.goto(`${BASE}/es/${list}`);
      assert.equal(await page.locator('.filter-panel').count(), 1, `${list}: one filter panel`);
      assert.equal(await page.locator('#results').count(), 1, `${list}: results to land on`);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('href')), '#results', list);
      if (javaScriptEnabled) assert.deepEqual(await axe(page), [], list);
    }
    await context.close();
  });
}

test('on a wide screen the menu and the filters are open without a click', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${BASE}/en/offers`);
  assert.ok(await page.locator('nav.main-nav').isVisible());
  assert.ok(await page.locator('nav.lang-switch').isVisible());
  assert.equal(await page.locator('summary.menu-button').isVisible(), false);
  assert.ok(await page.locator('#offers-country').isVisible());
  await context.close();
});
