// A visitor's journey with JavaScript on: arrive on `/` in French, explore the job profiles,
// filter by competence area, read a portrait, visit the organisation, switch language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, BASE } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('a French visitor explores jobs, a portrait and an organisation', async () => {
  const context = await browser.newContext({ locale: 'fr-FR', extraHTTPHeaders: { 'Accept-Language': 'fr-FR,fr;q=0.9' } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto(`${BASE}/`);
  assert.equal(new URL(page.url()).pathname, '/fr/');
  await page.click('nav.main-nav a[href="/fr/jobs"]');
  assert.equal(await page.getAttribute('nav.main-nav a[href="/fr/jobs"]', 'aria-current'), 'page');
  await page.selectOption('#filter-area', '4');
  await page.click('form.filters button[type=submit]');
  await page.waitForURL(/area=4/);
  await page.click('a[href="/fr/jobs/privacy-and-security-officer"]');
  await page.waitForURL(/privacy-and-security-officer$/);
  await page.click('a[href="/fr/interviews/javier-ortega-privacidad"]');
  await page.waitForURL(/javier-ortega-privacidad$/);
  assert.equal(await page.locator('.notice-lang').count(), 1, 'the Spanish original is announced');
  await page.click('main a[href="/fr/organisations/consorcio-digital-del-ebro"]');
  await page.waitForURL(/consorcio-digital-del-ebro$/);
  assert.equal(await page.locator('h1').innerText(), 'Consorcio Digital del Ebro');
  await page.click('nav.lang-switch a[hreflang=it]');
  await page.waitForURL(/\/it\/organisations\/consorcio-digital-del-ebro$/);
  assert.equal(await page.getAttribute('html', 'lang'), 'it');
  // No Italian description: the page says so, in Italian.
  assert.match(await page.locator('.notice-lang').innerText(), /italiano/);
  assert.deepEqual(errors, []);
  await context.close();
});
