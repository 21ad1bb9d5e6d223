// A learner's whole journey in a real browser, with JavaScript off and on: start a pathway,
// fail the quiz, pass it, finish, claim the badge, see it verified; then the credential is
// checked with an independent JOSE library (jose), and tampering makes it fail.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { launch, axe, BASE } from './helpers.mjs';
import { walk, claim } from './learning.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the whole journey without JavaScript, in French', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const verdicts = await walk(page, 'fr', 'open-data-for-associations');
  assert.equal(verdicts[0], 'failed', 'the first attempt fails');
  assert.equal(verdicts.at(-1), 'passed');
  await page.goto(`${BASE}/fr/pathways/open-data-for-associations`);
  assert.equal(await page.locator('form.badge-form').count(), 1, 'every required step is done');
  const id = await claim(page, 'fr', 'open-data-for-associations', 'Camille Martin');
  assert.equal(await page.locator('h1').count(), 1);
  assert.equal(await page.locator('.check-ok').count(), 3, 'signature, issuer, not revoked');
  assert.match(await page.locator('main').innerText(), /Camille Martin/);
  // Anyone, without the learner's session, sees the same verification.
  const stranger = await browser.newContext({ javaScriptEnabled: false });
  const other = await stranger.newPage();
  await other.goto(`${BASE}/fr/badges/${id}`);
  assert.equal(await other.locator('.check-ok').count(), 3);
  await stranger.close();
  await context.close();
});

test('the whole journey with JavaScript, in English, accessible and without console errors', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${BASE}/en/pathways`);
  assert.deepEqual(await axe(page), [], 'pathway list');
  const verdicts = await walk(page, 'en', 'accessible-web-content');
  assert.equal(verdicts[0], 'failed');
  assert.equal(verdicts.at(-1), 'passed');
  await page.goto(`${BASE}/en/pathways/accessible-web-content/steps/6`);
  assert.ok(await page.locator('.feedback-right').count() >= 3, 'feedback per question');
  assert.deepEqual(await axe(page), [], 'quiz with feedback');
  await page.goto(`${BASE}/en/pathways/accessible-web-content`);
  assert.deepEqual(await axe(page), [], 'pathway page with the badge form');
  const id = await claim(page, 'en', 'accessible-web-content', 'Alex Rivera');
  assert.match(await page.locator('main').innerText(), /this badge is genuine/);
  assert.deepEqual(await axe(page), [], 'badge page');
  await page.goto(`${BASE}/en/resume`);
  assert.deepEqual(await axe(page), [], 'resume page');
  assert.deepEqual(errors, []);

  // The credential, checked by an independent JOSE library with the published keys.
  const jwt = (await (await fetch(`${BASE}/badges/${id}.jwt`)).text()).trim();
  const jwks = await (await fetch(`${BASE}/.well-known/jwks.json`)).json();
  const keys = createLocalJWKSet(jwks);
  const { payload, protectedHeader } = await jwtVerify(jwt, keys, { algorithms: ['EdDSA'] });
  assert.equal(protectedHeader.alg, 'EdDSA');
  assert.deepEqual(payload.type, ['VerifiableCredential', 'OpenBadgeCredential']);
  assert.equal(payload.credentialSubject.identifier[0].identityHash, 'Alex Rivera');
  assert.ok(payload.credentialSubject.achievement.alignment.length >= 1);
  assert.equal(payload.iss, payload.issuer.id);
  const issuer = await (await fetch(payload.issuer.id.replace(/^https?:\/\/[^/]+/, BASE))).json();
  assert.equal(issuer.id, payload.issuer.id);
  // Tampering: another name in the payload, or a changed signature, fails verification.
  const [head, body, signature] = jwt.split('.');
  const forgedBody = Buffer.from(
    Buffer.from(body, 'base64url').toString('utf8').replace('Alex Rivera', 'Eve Mallory'),
  ).toString('base64url');
  await assert.rejects(jwtVerify(`${head}.${forgedBody}.${signature}`, keys));
  const flipped = signature.slice(0, -2) + (signature.endsWith('AA') ? 'BB' : 'AA');
  await assert.rejects(jwtVerify(`${head}.${body}.${flipped}`, keys));
  await context.close();
});
