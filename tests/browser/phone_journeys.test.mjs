// Journeys as people live them on a phone (360 × 800), with JavaScript off and on: saving an
// offer before having an account and finishing after signing up; coming back to a pathway on
// another device from the resume link; a badge's page as the learner shows it (picture,
// previews for shared links, Add to LinkedIn, details folded).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, axe, BASE, signIn, nuErrors, overBudget } from './helpers.mjs';
import { walk, claim, submit } from './learning.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const PHONE = { viewport: { width: 360, height: 800 } };
const OFFER = 'fr-developpeur-web-carnet-adherents-nantes';

const phone = (javaScriptEnabled) => browser.newContext({ ...PHONE, javaScriptEnabled });
/** A badge earned by the badge test, for the last test's checks. */
let badgePath;

async function noSidewaysScroll(page, what) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${what} scrolls sideways by ${overflow}px`);
}

for (const js of [false, true]) {
  const mode = js ? 'with JavaScript' : 'without JavaScript';

  test(`an offer saved before having an account is saved after signing up (${mode})`, async () => {
    const context = await phone(js);
    const page = await context.newPage();
    const email = `saver.${js ? 'js' : 'nojs'}.${Date.now()}@example.org`;
    await page.goto(`${BASE}/fr/offers/${OFFER}`);
    await submit(page, `main a[href*="/account/sign-in?next="]`);
    assert.match(await page.locator('main [role=status]').first().innerText(), /enregistrer cette offre/);
    await submit(page, 'main a[href*="/account/sign-up"]');
    await page.fill('#field-email', email);
    await page.fill('#field-display-name', 'Sam');
    await page.fill('#field-password', 'a long and private passphrase');
    await page.fill('#field-password-confirm', 'a long and private passphrase');
    await submit(page, 'main form button[type=submit]');
    assert.equal(new URL(page.url()).pathname, `/fr/offers/${OFFER}`, 'back on the offer');
    const notice = page.locator('main [role=status]').first();
    assert.match(await notice.innerText(), /enregistrée/);
    if (js) assert.deepEqual(await axe(page), [], 'the offer with the notice');
    await noSidewaysScroll(page, 'the offer');
    // The notice links to what it names.
    await submit(page, 'main [role=status] a[href="/fr/account/saved"]');
    assert.ok(await page.locator(`main a[href="/fr/offers/${OFFER}"]`).count() >= 1, 'in my saved offers');
    await page.goto(`${BASE}/fr/account`);
    assert.match(await page.locator('.account-parts').innerText(), /1 offre enregistrée/);
    if (js) assert.deepEqual(await axe(page), [], 'the account overview');
    await noSidewaysScroll(page, 'the account overview');
    await context.close();
  });

  test(`a pathway continues on another device from its resume link (${mode})`, async () => {
    const first = await phone(js);
    const page = await first.newPage();
    await page.goto(`${BASE}/es/pathways/open-data-for-associations`);
    await submit(page, 'main a.button');
    await submit(page, 'form.done-form button[type=submit]');
    await page.goto(`${BASE}/es/pathways/open-data-for-associations`);
    const link = await page.locator('.resume-note a[href*="/resume/"]').first().getAttribute('href');
    assert.ok(link, 'the pathway page gives a resume link');
    await first.close();

    const other = await phone(js);
    const device = await other.newPage();
    await device.goto(link.startsWith('http') ? link : `${BASE}${link}`);
    assert.notEqual(await device.inputValue('#field-code'), '', 'the code is filled in');
    if (js) assert.deepEqual(await axe(device), [], 'the resume page');
    await submit(device, 'main form button[type=submit]');
    assert.match(new URL(device.url()).pathname, /^\/es\/pathways\/open-data-for-associations\/steps\/2$/, 'on the next step');
    assert.equal(await device.locator('main [role=status]').count() >= 1, true, 'says it picked up');
    await noSidewaysScroll(device, 'the step');
    await other.close();
  });

  test(`a badge's page shows the picture, previews and ways to show it (${mode})`, async () => {
    const context = await phone(js);
    const page = await context.newPage();
    await walk(page, 'en', 'accessible-web-content');
    const id = await claim(page, 'en', 'accessible-web-content', js ? 'Ana Phone' : 'Ben Phone');
    badgePath = `/en/badges/${id}`;
    // Plain words first, the signature's details folded.
    assert.match(await page.locator('main .notice-success').last().innerText(), /Verified: this badge is genuine/);
    assert.equal(await page.locator('details.technical').getAttribute('open'), null);
    assert.equal(await page.locator('details.technical .check-ok').first().isVisible(), false);
    // The picture, loaded and fitting the screen.
    const picture = page.locator('.badge-picture img');
    assert.equal(await picture.getAttribute('src'), `/badges/${id}.svg`);
    await picture.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('.badge-picture img')?.complete);
    const { natural, shown } = await picture.evaluate((img) => ({ natural: img.naturalWidth, shown: img.getBoundingClientRect().width }));
    assert.ok(natural > 0, 'the picture loads');
    assert.ok(shown <= 360, `the picture fits (${shown}px)`);
    // What a shared link shows.
    const meta = async (selector) => page.locator(selector).getAttribute('content');
    const image = await meta('meta[property="og:image"]');
    assert.ok(image.endsWith(`/badges/${id}.png`), image);
    assert.equal(await meta('meta[name="twitter:card"]'), 'summary_large_image');
    assert.match(await meta('meta[property="og:description"]'), js ? /Ana Phone/ : /Ben Phone/);
    const png = await fetch(`${BASE}/badges/${id}.png`);
    assert.equal(png.headers.get('content-type'), 'image/png');
    assert.ok((await png.arrayBuffer()).byteLength > 1000);
    // Ways to show it.
    const linkedin = await page.locator('a[href^="https://www.linkedin.com/profile/add"]').getAttribute('href');
    assert.match(linkedin, new RegExp(`certId=${id}`));
    assert.equal(await page.locator(`a[href="/badges/${id}.png"][download]`).count(), 1);
    await page.locator('details.technical summary').click();
    assert.equal(await page.locator('details.technical .check-ok').first().isVisible(), true, 'the details open');
    if (js) assert.deepEqual(await axe(page), [], 'the badge page');
    await noSidewaysScroll(page, 'the badge page');
    await context.close();
  });
}

test('the pages this issue adds are accessible, valid HTML and within the page-weight budget', async () => {
  const context = await phone(true);
  const page = await context.newPage();
  await signIn(page, 'es', 'editor.conecta-mayores@example.org', 'demo editor of the academy');
  const checked = [];
  const pages = ['/es/account', '/es/account/learning', '/es/account/webinars', '/es/account/profile', '/es/organisations/conecta-mayores', '/es/interviews', badgePath];
  // The partner pages with the logo and portrait forms.
  await page.goto(`${BASE}/es/partner?org=conecta-mayores&kind=interview`);
  const interview = await page.locator('main tbody a[href*="/partner/interviews/"]').first().getAttribute('href');
  pages.push(interview);
  for (const path of pages.filter(Boolean)) {
    await page.goto(`${BASE}${path}`);
    assert.equal(await page.locator('h1').count(), 1, `${path}: one h1`);
    assert.deepEqual(await axe(page), [], path);
    await noSidewaysScroll(page, path);
    checked.push({ name: path, html: await page.content() });
  }
  assert.equal(await page.locator('section.picture-section input[type=file]').count(), 1, 'the portrait form');
  assert.deepEqual(nuErrors(checked), []);
  assert.deepEqual(await overBudget(page, checked), [], 'within the page-weight budget');
  await context.close();
});
