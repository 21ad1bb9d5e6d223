// axe-core (WCAG 2.1 A/AA) on the home page, each list and a detail page of each kind, in all
// four languages; any violation fails. Also checks landmarks, one h1 and the skip link.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, axe, BASE, LANGS, CORE_PAGES } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const lang of LANGS) {
  test(`core pages have no axe violations and one h1, one main (${lang})`, async () => {
    const page = await browser.newPage();
    for (const path of CORE_PAGES) {
      const url = `${BASE}/${lang}/${path}`;
      const response = await page.goto(url);
      assert.equal(response.status(), 200, url);
      assert.equal(await page.getAttribute('html', 'lang'), lang, `html lang on ${url}`);
      assert.equal(await page.locator('h1').count(), 1, `one h1 on ${url}`);
      assert.equal(await page.locator('main').count(), 1, `one main on ${url}`);
      assert.equal(await page.locator('header').count() >= 1, true);
      assert.equal(await page.locator('footer').count(), 1);
      const violations = await axe(page);
      assert.deepEqual(violations, [], `axe violations on ${url}: ${JSON.stringify(violations, null, 1)}`);
    }
    await page.close();
  });
}

test('the skip link is the first focusable element and moves focus to main', async () => {
  const page = await browser.newPage();
  await page.goto(`${BASE}/fr/jobs`);
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
  assert.equal(focused, '#main');
  const visible = await page.evaluate(() => document.activeElement.getBoundingClientRect().top >= 0);
  assert.ok(visible, 'the skip link is visible when focused');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
  await page.close();
});

test('the 404 page is accessible too', async () => {
  const page = await browser.newPage();
  const response = await page.goto(`${BASE}/it/jobs/does-not-exist`);
  assert.equal(response.status(), 404);
  assert.deepEqual(await axe(page), []);
  await page.close();
});
