// The whole publishing loop in a real browser, without JavaScript and with it: an editor drafts
// an offer in French, adds the Spanish text beside the original, submits; the moderator
// rejects with a comment; the editor reads it, fixes and resubmits; the moderator approves; the
// offer is found in search in both languages and is in the Atom feed. With JavaScript, every
// page of it passes axe-core and the Markdown preview is live. The resource library too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, axe, signIn, BASE, LANGS } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const EDITOR = ['editor.numerique-solidaire-lyon@example.org', 'demo editor of the academy'];
const MODERATOR = ['moderator@example.org', 'demo moderator of the academy'];

const click = (page, selector) => Promise.all([page.waitForNavigation(), page.click(selector)]);

async function loop(javaScriptEnabled) {
  const tag = `${javaScriptEnabled ? 'js' : 'nojs'}${Date.now() % 100000}`;
  // Words that exist nowhere else, one per language, so search finds this offer alone.
  const frWord = `ornithorynque${tag}`;
  const esWord = `ornitorrinco${tag}`;
  const check = async (page, what) => {
    if (javaScriptEnabled) assert.deepEqual(await axe(page), [], what);
  };
  const editorContext = await browser.newContext({ javaScriptEnabled });
  const editor = await editorContext.newPage();
  await signIn(editor, 'fr', ...EDITOR);
  await editor.goto(`${BASE}/fr/partner/offers/new?org=numerique-solidaire-lyon`);
  await editor.fill('#field-title', `Médiatrice numérique ${frWord}`);
  await editor.fill('#field-description-md', 'Vous animerez des **ateliers** de découverte du numérique.');
  await editor.fill('#field-city', 'Lyon');
  await editor.selectOption('#field-original-lang', 'fr');
  await click(editor, 'main button[value=save]');
  const item = new URL(editor.url()).pathname;
  assert.match(item, /^\/fr\/partner\/offers\/\d+$/);
  await check(editor, 'the draft');

  // The Spanish text, beside the original; previewed first (nothing saved, everything kept).
  await click(editor, 'main a[href*="/translate/"][hreflang=es]');
  assert.match(new URL(editor.url()).pathname, /\/partner\/translate\/offer\/\d+\/es$/);
  assert.equal((await editor.locator('.original-value[lang=fr]').first().textContent()).trim(), `Médiatrice numérique ${frWord}`);
  await check(editor, 'the translation form');
  await editor.fill('#field-title', `Mediadora digital ${esWord}`);
  await editor.fill('#field-description-md', 'Dinamizarás **talleres** de iniciación digital.');
  if (javaScriptEnabled) {
    // Live: the preview follows the typing.
    await editor.locator('.markdown-preview strong').first().waitFor();
    assert.equal(await editor.locator('.markdown-preview strong').first().textContent(), 'talleres');
  } else {
    await click(editor, 'main button[value=preview]');
    assert.equal(await editor.locator('.markdown-preview strong').first().textContent(), 'talleres');
    assert.equal(await editor.inputValue('#field-title'), `Mediadora digital ${esWord}`);
  }
  await click(editor, 'main button[value=save]');
  assert.equal(new URL(editor.url()).pathname, item);
  await click(editor, 'main button[value=submit]');

  // The moderator rejects with a comment.
  const moderatorContext = await browser.newContext({ javaScriptEnabled });
  const moderator = await moderatorContext.newPage();
  await signIn(moderator, 'en', ...MODERATOR);
  await moderator.goto(`${BASE}/en/moderation?organisation=numerique-solidaire-lyon`);
  await check(moderator, 'the queue');
  await click(moderator, `tbody a:text("${frWord}")`);
  const review = new URL(moderator.url()).pathname;
  const changed = await moderator.locator('table.changes tbody th').allTextContents();
  assert.ok(changed.some((t) => t.includes('Español')), `the Spanish text is reviewed too: ${changed}`);
  await check(moderator, 'the review');
  const comment = `Indiquez les horaires ${tag}.`;
  await moderator.fill('#field-comment', comment);
  await click(moderator, 'main button[value=reject]');

  // The editor reads it on the offer, fixes and resubmits.
  await editor.goto(`${BASE}${item}`);
  assert.ok((await editor.locator('blockquote').allTextContents()).includes(comment));
  await editor.fill('#field-how-to-apply', 'Du mardi au vendredi, 28 heures par semaine. Écrivez-nous.');
  await click(editor, 'main button[value=save]');
  await click(editor, 'main button[value=submit]');
  await check(editor, 'the offer in review again');

  // Approved: public at once, in both languages, and in the feed.
  await moderator.goto(`${BASE}${review}`);
  await click(moderator, 'main button[value=approve]');
  const reader = await (await browser.newContext({ javaScriptEnabled })).newPage();
  await reader.goto(`${BASE}/fr/offers?q=${frWord}`);
  assert.equal(await reader.locator('.offer-card').count(), 1, 'found in French');
  await reader.goto(`${BASE}/es/offers?q=${esWord}`);
  assert.equal(await reader.locator('.offer-card').count(), 1, 'found in Spanish');
  assert.match(await reader.locator('.offer-card h2').first().textContent(), /Mediadora digital/);
  const feed = await (await fetch(`${BASE}/fr/offers/feed.atom`)).text();
  assert.ok(feed.includes(frWord), 'in the Atom feed');
  await editorContext.close();
  await moderatorContext.close();
}

test('the publishing loop without JavaScript', async () => {
  await loop(false);
});

test('the publishing loop with JavaScript, every page accessible', async () => {
  await loop(true);
});

test('the resource library is accessible in every language, and usable at 360 px without JavaScript', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  for (const lang of LANGS) {
    for (const path of ['resources', 'resources?kind=checklist&lang=fr', 'resources/checklist-rgpd-petite-association']) {
      const response = await page.goto(`${BASE}/${lang}/${path}`);
      assert.equal(response.status(), 200, `/${lang}/${path}`);
      assert.equal(await page.locator('h1').count(), 1);
      assert.deepEqual(await axe(page), [], `/${lang}/${path}`);
    }
  }
  await signIn(page, 'es', 'editor.conecta-mayores@example.org', 'demo editor of the academy');
  await page.goto(`${BASE}/es/partner/resources/new?org=conecta-mayores`);
  assert.deepEqual(await axe(page), [], 'the resource form');
  await page.goto(`${BASE}/es/partner/interviews/new?org=conecta-mayores`);
  assert.deepEqual(await axe(page), [], 'the interview form');
  await page.goto(`${BASE}/es/partner?org=conecta-mayores&kind=organisation`);
  await click(page, 'main tbody a[href*="/partner/organisations/"]');
  assert.deepEqual(await axe(page), [], 'the organisation profile form');
  await context.close();

  const phone = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const small = await phone.newPage();
  await small.goto(`${BASE}/fr/resources`);
  await small.fill('#filter-q', 'rgpd');
  await click(small, 'form.filters button[type=submit]');
  assert.ok((await small.locator('.cards h2').count()) >= 1);
  await click(small, '.cards h2 a >> nth=0');
  const overflow = await small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `scrolls sideways by ${overflow}px`);
  await phone.close();
});
