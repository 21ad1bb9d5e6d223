// With JavaScript on, the islands hydrate (the WASM loads) without console errors, and pages
// without islands load no script at all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, BASE } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the copy-link island hydrates on a job profile page', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto(`${BASE}/es/jobs/civic-tech-developer`);
  const button = page.locator('.copy-link button');
  await button.waitFor({ state: 'visible', timeout: 15000 });
  assert.match(await button.innerText(), /^Copiar/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the copy-link button stays hidden without JavaScript', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${BASE}/es/jobs/civic-tech-developer`);
  assert.equal(await page.locator('.copy-link').isVisible(), false);
  await context.close();
});

test('a page without islands downloads no WASM', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const wasm = [];
  page.on('request', (req) => { if (req.url().includes('/pkg/')) wasm.push(req.url()); });
  await page.goto(`${BASE}/it/organisations`);
  await page.waitForTimeout(1500);
  assert.deepEqual(wasm, []);
  await context.close();
});
