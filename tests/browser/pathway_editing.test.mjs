// Writing a pathway in the partner space, as an editor in Italy would: without JavaScript on a
// 360 px phone — a new pathway, a quiz step refused without its right answer then saved, a
// reading step added and moved up, the page never wider than the screen —, and with JavaScript
// every page of it (the pathway with its outline, each step, a quiz, its translation beside the
// original, a new pathway, the job-profile proposals) passes axe-core.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, axe, signIn, BASE } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const EDITOR = ['editor.bitsociale-cooperativa@example.org', 'demo editor of the academy'];
const click = (page, selector) => Promise.all([page.waitForNavigation(), page.click(selector)]);
const titles = (page) => page.locator('#steps tbody th a').allTextContents();

test('an editor writes a pathway step by step without JavaScript, on a phone', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await signIn(page, 'it', ...EDITOR);
  await page.goto(`${BASE}/it/partner`);
  await click(page, 'main a[href*="/partner/pathways/new"]');
  await page.fill('#field-title', 'Gestire le iscrizioni dei volontari');
  await page.fill('#field-goal', 'Tenere in ordine le iscrizioni dei volontari di un’associazione.');
  await page.fill('#field-description-md', 'Un percorso **breve** per chi coordina i volontari.');
  await page.selectOption('#field-competence-1', '2.4');
  await click(page, 'main button[value=save]');
  const item = new URL(page.url()).pathname;
  assert.match(item, /^\/it\/partner\/pathways\/\d+$/);

  // A quiz: the form refuses it without a right answer and keeps what was typed.
  await page.selectOption('#field-step-kind', 'quiz');
  await page.fill('#field-step-title', 'Verifica finale');
  await click(page, '#steps button[value=add]');
  assert.match(new URL(page.url()).pathname, /\/steps\/1$/);
  await click(page, 'main button[value=add-question]');
  await page.fill('[name="question.01.prompt"]', 'Chi può vedere l’elenco dei volontari?');
  await page.fill('[name="question.01.choice.01.label"]', 'Chiunque');
  await page.fill('[name="question.01.choice.02.label"]', 'Solo chi coordina');
  await click(page, 'main button[value=save]');
  assert.equal(await page.locator('.error-summary').count(), 1);
  assert.equal(await page.inputValue('[name="question.01.choice.02.label"]'), 'Solo chi coordina');
  await page.check('#field-question\\.01\\.correct-02');
  await click(page, 'main button[value=save]');
  assert.equal(new URL(page.url()).pathname, item);

  // A reading step, added after the quiz, then moved up.
  await page.selectOption('#field-step-kind', 'read');
  await page.fill('#field-step-title', 'Perché un elenco');
  await click(page, '#steps button[value=add]');
  await page.goto(`${BASE}${item}`);
  assert.deepEqual(await titles(page), ['Verifica finale', 'Perché un elenco']);
  await click(page, '#steps button[value="up.2"]');
  assert.deepEqual(await titles(page), ['Perché un elenco', 'Verifica finale']);
  // A position past the end is refused, with the message on its field.
  await page.fill('#field-position\\.01', '7');
  await click(page, '#steps button[value=reorder]');
  assert.equal(await page.locator('#field-position\\.01-error').count(), 1);
  assert.deepEqual(await titles(page), ['Perché un elenco', 'Verifica finale']);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `scrolls sideways by ${overflow}px`);
  await context.close();
});

test('the pathway pages of the partner space are accessible', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, 'it', ...EDITOR);
  await page.goto(`${BASE}/it/partner?org=bitsociale-cooperativa&kind=pathway&status=published`);
  await click(page, 'main tbody a[href*="/partner/pathways/"]');
  const item = new URL(page.url()).pathname;
  assert.deepEqual(await axe(page), [], 'the pathway form with its outline');
  const steps = await page.locator('#steps tbody th a').count();
  for (let n = 1; n <= steps; n++) {
    await page.goto(`${BASE}${item}/steps/${n}`);
    assert.equal(await page.locator('h1').count(), 1);
    assert.deepEqual(await axe(page), [], `step ${n}`);
  }
  await page.goto(`${BASE}${item.replace('/partner/pathways/', '/partner/translate/pathway/')}/en`);
  assert.ok((await page.locator('textarea, input[type=text]').count()) > 10, 'the steps are translated too');
  assert.deepEqual(await axe(page), [], 'the translation form');
  await page.goto(`${BASE}/it/partner/pathways/new?org=bitsociale-cooperativa`);
  assert.deepEqual(await axe(page), [], 'a new pathway');
  // Job profiles: the list to propose from, a new one, a change to a published one.
  await page.goto(`${BASE}/it/partner/job-profiles`);
  assert.deepEqual(await axe(page), [], 'the job profiles to propose');
  await click(page, 'main a[href$="/partner/job-profiles/new"]');
  assert.deepEqual(await axe(page), [], 'a new job profile');
  await page.goto(`${BASE}/it/partner/job-profiles`);
  await click(page, 'main li a[href*="/partner/job-profiles/"]');
  assert.equal(await page.locator('h1').count(), 1);
  assert.deepEqual(await axe(page), [], 'a change to a job profile');
  await context.close();
});
