// Accounts in a real browser: sign up → sign out → sign in, with JavaScript off and on; a
// rejected form comes back with its values and errors; the account pages pass axe-core.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, axe, signIn, BASE, ADMIN } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const PASSWORD = 'a calm walk along the canal';

async function journey(javaScriptEnabled, lang) {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  const email = `journey-${javaScriptEnabled ? 'js' : 'nojs'}-${Date.now()}@example.org`;

  await page.goto(`${BASE}/${lang}/`);
  await Promise.all([page.waitForNavigation(), page.click(`.account-nav a[href="/${lang}/account/sign-up"]`)]);
  await page.fill('#field-email', email);
  await page.fill('#field-display-name', 'Jo');
  await page.fill('#field-password', PASSWORD);
  await page.fill('#field-password-confirm', 'not the same at all');
  await page.selectOption('#field-time-zone', 'Europe/Lisbon');
  await Promise.all([page.waitForNavigation(), page.click('main button[type=submit]')]);
  // Rejected: the mismatch is explained next to its field, what was typed is still there.
  assert.equal(new URL(page.url()).pathname, `/${lang}/account/sign-up`);
  assert.equal(await page.locator('.error-summary').count(), 1);
  assert.equal(await page.locator('#field-password-confirm-error').count(), 1);
  assert.equal(await page.inputValue('#field-email'), email);
  assert.equal(await page.inputValue('#field-display-name'), 'Jo');
  assert.equal(await page.inputValue('#field-time-zone'), 'Europe/Lisbon');
  assert.equal(await page.inputValue('#field-password'), '', 'never the password');
  // axe-core needs scripts: checked in the run with JavaScript on.
  if (javaScriptEnabled) assert.deepEqual(await axe(page), [], 'the form with its errors is accessible');

  await page.fill('#field-password', PASSWORD);
  await page.fill('#field-password-confirm', PASSWORD);
  await Promise.all([page.waitForNavigation(), page.click('main button[type=submit]')]);
  assert.equal(new URL(page.url()).pathname, `/${lang}/account`);
  assert.match(await page.locator('main [role=status]').first().innerText(), new RegExp(email));

  await Promise.all([page.waitForNavigation(), page.click('.account-nav button[type=submit]')]);
  assert.equal(new URL(page.url()).pathname, `/${lang}/`);
  assert.equal(await page.locator(`.account-nav a[href="/${lang}/account/sign-in"]`).count(), 1);
  await page.goto(`${BASE}/${lang}/account`);
  assert.equal(new URL(page.url()).pathname, `/${lang}/account/sign-in`, 'signed out for real');

  await page.fill('#field-email', email);
  await page.fill('#field-password', PASSWORD);
  await Promise.all([page.waitForNavigation(), page.click('main button[type=submit]')]);
  assert.equal(new URL(page.url()).pathname, `/${lang}/account`, 'back where the visitor was going');
  assert.equal(await page.locator('h1').count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
}

test('sign up, sign out and sign in without JavaScript', async () => {
  await journey(false, 'en');
});

test('sign up, sign out and sign in with JavaScript, in French', async () => {
  await journey(true, 'fr');
});

test('the account and administration pages are accessible in every language', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  for (const lang of ['en', 'fr']) {
    for (const path of ['account/sign-up', 'account/sign-in', 'account/forgot-password', 'account/verify/nope']) {
      await page.goto(`${BASE}/${lang}/${path}`);
      assert.deepEqual(await axe(page), [], `/${lang}/${path}`);
      assert.equal(await page.locator('h1').count(), 1, `/${lang}/${path}`);
    }
  }
  await signIn(page, 'es', ...ADMIN);
  for (const lang of ['es', 'it']) {
    for (const path of ['account', 'account/learning', 'account/webinars', 'account/profile', 'account/delete', 'admin/users', 'admin/users/1', 'admin/outbox', 'moderation', 'partner']) {
      const response = await page.goto(`${BASE}/${lang}/${path}`);
      assert.equal(response.status(), 200, `/${lang}/${path}`);
      assert.deepEqual(await axe(page), [], `/${lang}/${path}`);
      assert.equal(await page.locator('h1').count(), 1, `/${lang}/${path}`);
    }
  }
  await context.close();
});

test('a learner meets a localised 403 page, and the 360 px account page has no sideways scroll', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await signIn(page, 'it', 'moderator@example.org', 'demo moderator of the academy');
  const response = await page.goto(`${BASE}/it/admin/users`);
  assert.equal(response.status(), 403);
  assert.equal(await page.getAttribute('html', 'lang'), 'it');
  assert.deepEqual(await axe(page), []);
  for (const path of ['account', 'account/profile', 'account/webinars', 'account/learning']) {
    await page.goto(`${BASE}/it/${path}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${path} scrolls sideways by ${overflow}px`);
  }
  await context.close();
});
