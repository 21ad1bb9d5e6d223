// Doing a pathway as a learner does, shared by the browser tests: answer quizzes until they
// pass, walk every step in order, claim the badge.
import assert from 'node:assert/strict';
import { BASE } from './helpers.mjs';

export const submit = (page, selector) => Promise.all([page.waitForNavigation(), page.click(selector)]);

/** Answers the quiz on the open page until it passes: the first attempt takes the first choice
 * everywhere (the demo quizzes never pass that way), then each wrong answer moves to the next
 * choice. Returns the verdicts seen, in order ('failed' / 'passed'). */
async function passQuiz(page) {
  const questions = await page.locator('fieldset.question').count();
  const choice = new Array(questions).fill(0);
  const verdicts = [];
  for (let attempt = 0; attempt < 5; attempt += 1) {
    for (let q = 0; q < questions; q += 1) {
      await page.locator('fieldset.question').nth(q).locator('input[type=radio]').nth(choice[q]).check();
    }
    await submit(page, 'form.quiz-form button[type=submit]');
    if (!/\/steps\/\d+/.test(new URL(page.url()).pathname)) {
      verdicts.push('passed');
      return verdicts;
    }
    const passed = (await page.locator('#quiz-result.notice-success').count()) === 1;
    verdicts.push(passed ? 'passed' : 'failed');
    if (passed) return verdicts;
    for (let q = 0; q < questions; q += 1) {
      const wrong = await page.locator('fieldset.question').nth(q).locator('.feedback-wrong').count();
      if (wrong) choice[q] += 1;
    }
  }
  return verdicts;
}

/** From the pathway page, does every step in order; returns the quiz verdicts. */
export async function walk(page, lang, slug) {
  await page.goto(`${BASE}/${lang}/pathways/${slug}`);
  await Promise.all([page.waitForNavigation(), page.click('main a.button')]);
  let verdicts = [];
  for (let guard = 0; guard < 15; guard += 1) {
    const path = new URL(page.url()).pathname;
    if (!/\/steps\/\d+$/.test(path)) break;
    if (await page.locator('form.quiz-form').count()) {
      verdicts = verdicts.concat(await passQuiz(page));
      // A passed quiz stays on its page to show the feedback: go on from the outline.
      if (/\/steps\/\d+$/.test(new URL(page.url()).pathname)) {
        const next = page.locator('nav.step-pager a[rel=next]');
        if (!(await next.count())) break;
        await Promise.all([page.waitForNavigation(), next.click()]);
      }
    } else if (await page.locator('form.done-form').count()) {
      await submit(page, 'form.done-form button[type=submit]');
    } else {
      break;
    }
  }
  return verdicts;
}

export async function claim(page, lang, slug, name) {
  await page.goto(`${BASE}/${lang}/pathways/${slug}#badge`);
  await page.fill('#field-name', name);
  await submit(page, 'form.badge-form button[type=submit]');
  assert.match(new URL(page.url()).pathname, new RegExp(`^/${lang}/badges/[0-9a-f-]{36}$`));
  return new URL(page.url()).pathname.split('/').pop();
}

