// The partner space in a real browser: an editor's organisation by status and kind, filtered
// by following the counts (JavaScript off), accessible in every language and at 360 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, axe, signIn, BASE, LANGS, ADMIN } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const EDITOR = ['editor.bitsociale-cooperativa@example.org', 'demo editor of the academy'];

test('an editor filters their content by following the counts, without JavaScript, at 360 px', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await signIn(page, 'fr', ...EDITOR);
  await page.goto(`${BASE}/fr/publish`);
  assert.equal(new URL(page.url()).pathname, '/fr/partner', 'the former address leads here');
  assert.equal(await page.locator('h1').textContent(), 'Espace partenaire');
  const all = await page.locator('tbody tr').count();
  assert.ok(all > 0);
  await Promise.all([page.waitForNavigation(), page.click('nav[aria-labelledby="partner-by-kind"] a[href*="kind=offer"]')]);
  const offers = await page.locator('tbody tr').count();
  assert.ok(offers > 0 && offers < all, `${offers} offers of ${all} items`);
  for (const kind of await page.locator('tbody td:first-of-type').allTextContents()) {
    assert.equal(kind, 'Offre');
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `scrolls sideways by ${overflow}px`);
  await context.close();
});

test('the partner space is accessible in every language, for an editor and an administrator', async () => {
  for (const who of [EDITOR, ADMIN]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, 'en', ...who);
    for (const lang of LANGS) {
      const response = await page.goto(`${BASE}/${lang}/partner?status=published`);
      assert.equal(response.status(), 200, `/${lang}/partner`);
      assert.equal(await page.locator('h1').count(), 1);
      assert.deepEqual(await axe(page), [], `/${lang}/partner as ${who[0]}`);
    }
    // At 360 px too (the table stacks its rows).
    await page.setViewportSize({ width: 360, height: 740 });
    assert.deepEqual(await axe(page), [], `360 px as ${who[0]}`);
    await context.close();
  }
});

async function draftJourney(javaScriptEnabled, lang) {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await signIn(page, lang, ...EDITOR);
  await page.goto(`${BASE}/${lang}/partner`);
  await Promise.all([page.waitForNavigation(), page.click('main a[href*="/partner/offers/new"]')]);
  if (javaScriptEnabled) assert.deepEqual(await axe(page), [], 'the new offer form');
  // First without a title: the form comes back with the message and what was typed.
  await page.fill('#field-description-md', 'Animer des ateliers numériques **dans le quartier**.');
  await page.fill('#field-city', 'Bologna');
  await Promise.all([page.waitForNavigation(), page.click('main button[value=save]')]);
  assert.equal(await page.locator('#field-title[aria-invalid=true]').count(), 1);
  assert.equal(await page.inputValue('#field-city'), 'Bologna');
  if (javaScriptEnabled) assert.deepEqual(await axe(page), [], 'the form with its errors');
  const title = `Animatrice d'ateliers ${javaScriptEnabled ? 'js' : 'nojs'} ${Date.now()}`;
  await page.fill('#field-title', title);
  await Promise.all([page.waitForNavigation(), page.click('main button[value=save]')]);
  assert.match(new URL(page.url()).pathname, /\/partner\/offers\/\d+$/);
  assert.equal(await page.inputValue('#field-title'), title);
  await Promise.all([page.waitForNavigation(), page.click('main button[value=submit]')]);
  assert.equal(await page.locator('#field-title').count(), 0, 'no form while in review');
  if (javaScriptEnabled) assert.deepEqual(await axe(page), [], 'the offer in review');
  await page.goto(`${BASE}/${lang}/partner?status=in_review`);
  assert.ok((await page.locator('tbody th').allTextContents()).includes(title));
  await context.close();
}

test('an editor drafts an offer, fixes a rejected form and submits it, without JavaScript', async () => {
  await draftJourney(false, 'fr');
});

test('the same with JavaScript, in Italian, and every page of it accessible', async () => {
  await draftJourney(true, 'it');
});

test('a moderator rejects with a comment and the editor reads it; the moderation pages are accessible', async () => {
  const MODERATOR = ['moderator@example.org', 'demo moderator of the academy'];
  const editorContext = await browser.newContext({ javaScriptEnabled: false });
  const editor = await editorContext.newPage();
  await signIn(editor, 'en', ...EDITOR);
  await editor.goto(`${BASE}/en/partner/offers/new?org=bitsociale-cooperativa`);
  const title = `Review me ${Date.now()}`;
  await editor.fill('#field-title', title);
  await editor.fill('#field-description-md', 'A short text.');
  await Promise.all([editor.waitForNavigation(), editor.click('main button[value=save]')]);
  await Promise.all([editor.waitForNavigation(), editor.click('main button[value=submit]')]);
  const offerUrl = editor.url();

  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, 'en', ...MODERATOR);
  await page.goto(`${BASE}/en/moderation`);
  assert.deepEqual(await axe(page), [], 'the queue');
  await Promise.all([page.waitForNavigation(), page.click(`tbody a:text("${title}")`)]);
  assert.deepEqual(await axe(page), [], 'the review page');
  await page.fill('#field-comment', 'Please say how many hours a week.');
  await Promise.all([page.waitForNavigation(), page.click('main button[value=reject]')]);
  assert.equal(new URL(page.url()).pathname, '/en/moderation');
  await context.close();

  await editor.goto(offerUrl);
  assert.ok((await editor.locator('blockquote').allTextContents()).includes('Please say how many hours a week.'));
  await editorContext.close();
});
