import { chromium } from 'playwright';
const [,, url, out, width='1440', full='1'] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
await page.goto(url);
await page.waitForTimeout(2500);
if (process.env.SCROLL_TO) { await page.getByText(process.env.SCROLL_TO).first().scrollIntoViewIfNeeded(); await page.waitForTimeout(300); }
await page.screenshot({ path: out, fullPage: full === '1' });
await browser.close();
