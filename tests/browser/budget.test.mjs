// The page weight budget: HTML + CSS of every core page ≤ 30 KB gzip-compressed; the WASM
// bundle ≤ 250 KB compressed. Sizes, not times: they do not depend on the machine.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { BASE, LANGS, CORE_PAGES } from './helpers.mjs';

const gz = async (url) => gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer()), { level: 9 }).length;

test('HTML + CSS of every core page fit in 30 KB compressed', async () => {
  const html = await (await fetch(`${BASE}/fr/jobs`)).text();
  const css = html.match(/href="(\/assets\/site\.css[^"]*)"/)?.[1];
  assert.ok(css, 'the stylesheet is linked');
  const cssSize = await gz(`${BASE}${css}`);
  for (const lang of LANGS) {
    for (const path of CORE_PAGES) {
      const total = (await gz(`${BASE}/${lang}/${path}`)) + cssSize;
      assert.ok(total <= 30 * 1024, `/${lang}/${path}: ${total} bytes`);
    }
  }
});

test('the WASM bundle fits in 250 KB compressed', async () => {
  const size = await gz(`${BASE}/pkg/app_bg.wasm`);
  assert.ok(size <= 250 * 1024, `${size} bytes`);
});
