// The self-assessment in a real browser: in Italian on a 360 px phone with JavaScript off, and in
// English with JavaScript on — five areas answered (back and forward), the profile with its
// chart, the suggestions, the gap box on an offer and a job profile. axe-core (the chart
// included), the Nu HTML checker and the page-weight budget on each of those pages, no
// sideways scrolling.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, axe, BASE, nuErrors, overBudget } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const OFFER = 'fr-stage-ouverture-donnees-subventions-paris';
const JOB = 'nonprofit-data-analyst';
const click = (page, selector) => Promise.all([page.waitForNavigation(), page.click(selector)]);

async function checkPage(page, what, javaScriptEnabled, checked) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${what}: scrolls sideways by ${overflow}px`);
  assert.equal(await page.locator('h1').count(), 1, `${what}: one h1`);
  if (javaScriptEnabled) assert.deepEqual(await axe(page), [], what);
  checked.push({ name: what, html: await page.content() });
}

/** Chooses `level` for every competence of the open area page. */
async function answerArea(page, level) {
  const questions = page.locator('fieldset.question');
  const count = await questions.count();
  assert.ok(count >= 3, `questions: ${count}`);
  for (let i = 0; i < count; i += 1) {
    await questions.nth(i).locator(`input[type=radio][value="${level}"]`).check();
  }
}

async function journey(lang, javaScriptEnabled, texts) {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 360, height: 780 } });
  const page = await context.newPage();
  const checked = [];
  await page.goto(`${BASE}/${lang}/offers/${OFFER}`);
  assert.match(await page.locator('.gap-box').textContent(), texts.invitation);

  await page.goto(`${BASE}/${lang}/assessment`);
  await checkPage(page, `${lang} area 1`, javaScriptEnabled, checked);
  assert.match(await page.locator('main').textContent(), texts.progress1);
  assert.match(await page.locator('main').textContent(), /DigComp 2\.2/);
  await answerArea(page, '2');
  await click(page, 'button[value=next]');
  assert.match(await page.locator('main').textContent(), texts.progress2);
  // Back keeps the answers of both areas.
  await answerArea(page, '3');
  await click(page, 'button[value=back]');
  assert.equal(await page.locator('input[name="level-1.1"][value="2"]').isChecked(), true);
  await click(page, 'button[value=next]');
  assert.equal(await page.locator('input[name="level-2.1"][value="3"]').isChecked(), true);
  for (let n = 2; n <= 5; n += 1) {
    await answerArea(page, '2');
    if (n === 5) await checkPage(page, `${lang} area 5`, javaScriptEnabled, checked);
    await click(page, `button[value=${n === 5 ? 'finish' : 'next'}]`);
  }
  assert.match(page.url(), /\/assessment\/profile$/);
  await checkPage(page, `${lang} profile`, javaScriptEnabled, checked);
  assert.equal(await page.locator('svg[role=img] rect.chart-bar').count(), 21, 'a bar per competence');
  assert.equal(await page.locator('table.profile-table').count(), 5);

  await page.goto(`${BASE}/${lang}/assessment/results`);
  await checkPage(page, `${lang} results`, javaScriptEnabled, checked);
  assert.ok(await page.locator('#results-jobs ~ ol li').count() > 0, 'job profiles suggested');

  await page.goto(`${BASE}/${lang}/offers/${OFFER}`);
  await checkPage(page, `${lang} offer with gaps`, javaScriptEnabled, checked);
  assert.match(await page.locator('.gap-box').textContent(), texts.gap);
  await page.goto(`${BASE}/${lang}/jobs/${JOB}`);
  await checkPage(page, `${lang} job with gaps`, javaScriptEnabled, checked);

  // The Nu checker and the page-weight budget on the pages with a profile.
  assert.deepEqual(nuErrors(checked), []);
  assert.deepEqual(await overBudget(page, checked), [], 'within the page-weight budget');
  await context.close();
}

test('the self-assessment, profile, suggestions and gaps — JavaScript off, 360 px, Italian', async () => {
  await journey('it', false, {
    invitation: /autovalutazione/i,
    progress1: /Area 1 di 5/,
    progress2: /Area 2 di 5/,
    gap: /1\.3/,
  });
});

test('the self-assessment, profile, suggestions and gaps — JavaScript on, English, axe-core', async () => {
  await journey('en', true, {
    invitation: /Take the self-assessment/,
    progress1: /Area 1 of 5/,
    progress2: /Area 2 of 5/,
    gap: /1\.3 is asked at level 4; you are at 2, 2 levels to go\./,
  });
});
