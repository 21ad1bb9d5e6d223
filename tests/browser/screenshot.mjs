// Developer tool (not a test): screenshots of a page, e.g.
//   BASE_URL=http://127.0.0.1:3000 node screenshot.mjs /fr/jobs out.png 360 [nojs]
import { launch, BASE } from './helpers.mjs';

const [path = '/en/', out = 'screenshot.png', width = '1280', mode = 'js'] = process.argv.slice(2);
const browser = await launch();
const context = await browser.newContext({
  viewport: { width: Number(width), height: 800 },
  javaScriptEnabled: mode !== 'nojs',
});
const page = await context.newPage();
await page.goto(`${BASE}${path}`);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
