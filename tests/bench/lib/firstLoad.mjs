/**
 * What the browser really downloads for a route before anyone touches it: every script and stylesheet
 * response (including lazy chunks the app imports at start-up, such as the demo FHIR worker), each
 * gzipped with zlib from the bytes the server sent.
 */
import { chromium } from '@playwright/test';
import { gzipBytes } from './sizes.mjs';

export async function measureFirstLoad({ baseUrl, path, executablePath }) {
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
  try {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    const seen = [];
    page.on('response', (response) => {
      const type = response.request().resourceType();
      if (type === 'script' || type === 'stylesheet') seen.push({ response, type });
    });
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    // Let the app finish mounting (lazy panels that load without interaction land here too).
    await page.waitForTimeout(1000);
    await page.waitForLoadState('networkidle');

    const files = [];
    for (const { response, type } of seen) {
      const url = new URL(response.url());
      if (url.origin !== new URL(baseUrl).origin) continue;
      const body = await response.body().catch(() => null);
      if (!body) continue;
      files.push({
        file: url.pathname.replace(/^\//, ''),
        type,
        rawBytes: body.length,
        gzipBytes: gzipBytes(body),
      });
    }
    const unique = [...new Map(files.map((file) => [file.file, file])).values()];
    const of = (type) => {
      const list = unique
        .filter((file) => file.type === type)
        .map((file) => ({ file: file.file, rawBytes: file.rawBytes, gzipBytes: file.gzipBytes }));
      return {
        files: list,
        count: list.length,
        rawBytes: list.reduce((total, file) => total + file.rawBytes, 0),
        gzipBytes: list.reduce((total, file) => total + file.gzipBytes, 0),
      };
    };
    await context.close();
    return { path, js: of('script'), css: of('stylesheet') };
  } finally {
    await browser.close();
  }
}
