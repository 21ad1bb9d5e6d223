// Webinars in a real browser, as a person on a phone in French would use them, with JavaScript
// off and on: the programme and a webinar's page (in the reader's zone, named), registering
// with an e-mail address only, the confirmation link from the e-mail, the personal page with its
// calendar file (the join link inside, since the seat is held), cancelling; "my webinars" on the
// account page; the partner's webinar form and registrations. axe-core on every page, no
// sideways scrolling at 360 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, axe, signIn, BASE, ADMIN } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const SLUG = 'accompagner-les-personnes-agees-vers-le-numerique';
const EDITOR = ['editor.numerique-solidaire-lyon@example.org', 'demo editor of the academy'];
const click = (page, selector) => Promise.all([page.waitForNavigation(), page.click(selector)]);

async function checkPage(page, what, javaScriptEnabled) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${what}: scrolls sideways by ${overflow}px`);
  assert.equal(await page.locator('h1').count(), 1, `${what}: one h1`);
  if (javaScriptEnabled) assert.deepEqual(await axe(page), [], what);
}

/** The personal link in the last mail to `email`, read from the administrators' outbox. */
async function personalLink(email) {
  const context = await browser.newContext();
  const admin = await context.newPage();
  await signIn(admin, 'en', ...ADMIN);
  await admin.goto(`${BASE}/en/admin/outbox`);
  const mail = admin.locator('li.mail', { hasText: email }).first();
  const body = await mail.locator('.mail-body').textContent();
  await context.close();
  const path = body.match(/\/fr\/webinars\/registration\/[A-Za-z0-9_-]+/);
  assert.ok(path, `no personal link in: ${body}`);
  return path[0];
}

async function journey(javaScriptEnabled) {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 360, height: 780 } });
  const page = await context.newPage();
  await page.goto(`${BASE}/fr/webinars`);
  await checkPage(page, 'the programme', javaScriptEnabled);
  assert.ok(await page.locator(`main a[href="/fr/webinars/${SLUG}"]`).count() > 0, 'listed');

  await page.goto(`${BASE}/fr/webinars/${SLUG}`);
  await checkPage(page, 'the webinar', javaScriptEnabled);
  assert.match(await page.locator('main').textContent(), /heure de Paris/);

  const email = `visiteuse.${javaScriptEnabled ? 'js' : 'nojs'}${Date.now() % 1000000}@example.org`;
  await page.fill('#field-email', email);
  await click(page, '#register button[type=submit]');
  assert.match(await page.locator('main').textContent(), /ouvrez le lien que nous venons d’envoyer/);

  // The link in the e-mail confirms the registration and opens the personal page.
  await page.goto(`${BASE}${await personalLink(email)}`);
  await checkPage(page, 'the personal page', javaScriptEnabled);
  assert.match(await page.locator('main').textContent(), /Vous avez une place/);

  // The calendar file: a calendar, with the join link (the seat is held).
  const href = await page.locator('main a[href$="/calendar.ics"]').getAttribute('href');
  const file = await page.request.get(`${BASE}${href}`);
  assert.equal(file.status(), 200);
  assert.match(file.headers()['content-type'], /^text\/calendar/);
  const ics = await file.text();
  assert.match(ics, /BEGIN:VEVENT/);
  assert.match(ics, /meet\.example\.org/);

  await click(page, 'main button.button-danger');
  assert.match(await page.locator('main').textContent(), /Votre inscription est annulée/);
  assert.match(await page.locator('main').textContent(), /Vous avez annulé/);
  await checkPage(page, 'cancelled', javaScriptEnabled);
  await context.close();
}

test('register with an e-mail address, calendar file, cancel — JavaScript off, 360 px, French', async () => {
  await journey(false);
});

test('register with an e-mail address, calendar file, cancel — JavaScript on, 360 px, French', async () => {
  await journey(true);
});

test('signed in: one click, my webinars on the account page, the partner form and registrations pass axe', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
  const page = await context.newPage();
  await signIn(page, 'fr', ...EDITOR);
  await page.goto(`${BASE}/fr/webinars/proteccion-de-datos-para-entidades-pequenas`);
  await click(page, '#register form[action$="/register"] button[type=submit]');
  assert.ok(await page.locator('#register form[action$="/cancel"]').count() > 0, 'registered, it can be cancelled');
  await checkPage(page, 'registered, signed in', true);
  await page.goto(`${BASE}/fr/account/webinars`);
  await checkPage(page, 'my webinars', true);
  assert.ok(
    await page.locator('.my-webinars a[href="/fr/webinars/proteccion-de-datos-para-entidades-pequenas"]').count() > 0,
    'in my webinars',
  );
  await page.goto(`${BASE}/fr/partner/webinars/new?org=numerique-solidaire-lyon`);
  await checkPage(page, 'the new webinar form', true);
  await page.goto(`${BASE}/fr/partner?org=numerique-solidaire-lyon`);
  const edit = await page.locator('main a[href^="/fr/partner/webinars/"]:not([href*="new"])').first().getAttribute('href');
  await page.goto(`${BASE}${edit}`);
  await checkPage(page, 'the webinar form', true);
  await page.goto(`${BASE}${edit}/registrations`);
  await checkPage(page, 'the registrations', true);
  await context.close();
});
