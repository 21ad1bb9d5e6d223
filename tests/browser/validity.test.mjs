// The W3C Nu HTML checker (vnu.jar) finds no error on the core pages and the 404 page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, LANGS, CORE_PAGES, nuErrors } from './helpers.mjs';

test('core pages are valid HTML (Nu checker)', async () => {
  const pages = [];
  for (const lang of LANGS) {
    for (const path of [...CORE_PAGES, 'jobs/not-a-job', 'account/sign-up', 'account/sign-in', 'account/forgot-password']) {
      const html = await (await fetch(`${BASE}/${lang}/${path}`)).text();
      pages.push({ name: `${lang}-${path}`, html });
    }
  }
  assert.deepEqual(nuErrors(pages), []);
});
