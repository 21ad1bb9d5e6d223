// The search as people use it: in French on a 360 px phone with JavaScript off, and in English
// with JavaScript on — the header's field, the results grouped by kind with the words marked,
// a kind's list with the same words, a typo answered by "Did you mean …?", filters that empty
// a search answered by the same words without them. axe-core, the Nu HTML checker and the
// page-weight budget on each page, no sideways scrolling.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, axe, BASE, nuErrors, gzipSize, PAGE_BUDGET } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const click = (page, selector) => Promise.all([page.waitForNavigation(), page.click(selector)]);

async function checkPage(page, what, javaScriptEnabled, checked) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${what}: scrolls sideways by ${overflow}px`);
  assert.equal(await page.locator('h1').count(), 1, `${what}: one h1`);
  if (javaScriptEnabled) assert.deepEqual(await axe(page), [], what);
  checked.push({ name: what, html: await page.content() });
}

async function journey(lang, javaScriptEnabled, texts) {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 360, height: 780 } });
  const page = await context.newPage();
  const checked = [];
  await page.goto(`${BASE}/${lang}/`);
  await page.fill('#site-q', texts.words);
  await Promise.all([page.waitForNavigation(), page.press('#site-q', 'Enter')]);
  assert.match(page.url(), new RegExp(`/${lang}/search\\?q=`));
  await checkPage(page, `${lang} results`, javaScriptEnabled, checked);
  assert.ok(await page.locator('section.found-group').count() >= 3, 'grouped by kind');
  assert.ok(await page.locator('section.found-group mark').count() >= 1, 'the words marked');

  // A kind's own list with the same words.
  await click(page, 'section[aria-labelledby=found-offer] p a');
  assert.match(page.url(), new RegExp(`/${lang}/offers\\?q=`));
  await checkPage(page, `${lang} offers with the words`, javaScriptEnabled, checked);
  assert.ok(await page.locator('main ul.cards > li').count() >= 1, 'offers found');

  // A typo too far for the search itself: another spelling, offered as a link.
  await page.goto(`${BASE}/${lang}/search?q=fomatoin`);
  await checkPage(page, `${lang} did you mean`, javaScriptEnabled, checked);
  assert.match(await page.locator('.did-you-mean').textContent(), texts.didYouMean);
  await click(page, '.did-you-mean a');
  assert.ok(await page.locator('section.found-group').count() >= 1, 'the suggestion finds');

  // Filters that empty a search: the same words without them.
  await page.goto(`${BASE}/${lang}/search`);
  await page.fill('#search-q', 'python');
  // On a phone the filters are folded under their summary.
  await page.click('.filter-panel > summary');
  await page.selectOption('#search-kind', 'webinar');
  await page.selectOption('#search-lang', 'es');
  await click(page, 'main form[role=search] button[type=submit]');
  await checkPage(page, `${lang} emptied by filters`, javaScriptEnabled, checked);
  assert.equal(await page.locator('section.found-group').count(), 0);
  await click(page, '.alternatives a');
  assert.ok(await page.locator('section.found-group').count() >= 1, 'without the filters');

  for (const { name, html } of checked) {
    assert.ok(gzipSize(html) <= PAGE_BUDGET, `${name}: ${gzipSize(html)} bytes gzipped`);
  }
  assert.deepEqual(await nuErrors(checked), []);
  await context.close();
}

test('French, 360 px, JavaScript off', async () => {
  await journey('fr', false, { words: 'données', didYouMean: /Vouliez-vous dire\s+formation/ });
});

test('English, JavaScript on', async () => {
  await journey('en', true, { words: 'data', didYouMean: /Did you mean\s+formation/ });
});
