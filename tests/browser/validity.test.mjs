// The W3C Nu HTML checker (vnu.jar) finds no error on the core pages and the 404 page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { BASE, LANGS, CORE_PAGES } from './helpers.mjs';

const require = createRequire(import.meta.url);
const VNU = require.resolve('vnu-jar/build/dist/vnu.jar');

test('core pages are valid HTML (Nu checker)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vnu-'));
  const files = [];
  for (const lang of LANGS) {
    for (const path of [...CORE_PAGES, 'jobs/not-a-job', 'account/sign-up', 'account/sign-in', 'account/forgot-password']) {
      const html = await (await fetch(`${BASE}/${lang}/${path}`)).text();
      const file = join(dir, `${lang}-${path.replaceAll('/', '_') || 'home'}.html`);
      writeFileSync(file, html);
      files.push(file);
    }
  }
  let output = '';
  try {
    execFileSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', ...files], { stdio: 'pipe' });
  } catch (err) {
    output = err.stderr.toString();
  }
  const messages = output ? JSON.parse(output).messages.filter((m) => m.type === 'error') : [];
  assert.deepEqual(
    messages.map((m) => `${m.url.split('/').pop()}: ${m.message}`),
    [],
  );
});
