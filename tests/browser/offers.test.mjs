// Offers in a real browser: search and filter without JavaScript, remove a filter, open an
// offer; save an offer and a search when signed in; the saved page is accessible.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, axe, signIn, BASE } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('search, filter, remove a filter and open an offer without JavaScript', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${BASE}/es/offers`);
  await page.fill('#offers-q', 'EDUCACION');
  await page.selectOption('#offers-country', 'ES');
  await Promise.all([page.waitForNavigation(), page.click('form.offer-search button[type=submit]')]);
  const url = new URL(page.url());
  assert.equal(url.searchParams.get('q'), 'EDUCACION');
  assert.equal(url.searchParams.get('country'), 'ES');
  const titles = await page.locator('.offer-card h2').allInnerTexts();
  assert.ok(titles.some((t) => t.includes('educación')), titles.join(' | '));
  assert.equal(await page.locator('.active-filters a.tag').count(), 2);
  await Promise.all([page.waitForNavigation(), page.click('.active-filters a.tag[href*="q="]')]);
  assert.equal(new URL(page.url()).searchParams.get('country'), null, 'the country filter is gone');
  await page.goto(`${BASE}/es/offers?q=educacion`);
  await Promise.all([page.waitForNavigation(), page.click('.offer-card h2 a')]);
  assert.match(new URL(page.url()).pathname, /^\/es\/offers\/es-/);
  assert.equal(await page.locator('h1').count(), 1);
  assert.equal(await page.locator('script[type="application/ld+json"]').count(), 1);
  await context.close();
});

test('a signed-in reader saves an offer and a search with an alert', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  await signIn(page, 'fr', 'editor.les-communs-numeriques@example.org', 'demo editor of the academy');
  await page.goto(`${BASE}/fr/offers/fr-developpeur-web-carnet-adherents-nantes`);
  await Promise.all([page.waitForNavigation(), page.click('.save-form button')]);
  assert.equal(await page.getAttribute('.save-form button', 'aria-pressed'), 'true');
  await page.goto(`${BASE}/fr/offers?q=donnees&mode=remote`);
  await page.check('#save-alert');
  await Promise.all([page.waitForNavigation(), page.click('.save-search button')]);
  assert.match(await page.locator('main [role=status]').first().innerText(), /./);
  await page.goto(`${BASE}/fr/account/saved`);
  assert.equal(await page.locator('.saved-searches li').count(), 1);
  assert.ok((await page.locator('.offer-card').count()) >= 1);
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});
