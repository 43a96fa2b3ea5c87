/**
 * The pages pre-rendered at build time (src/prerender/): they paint from HTML alone, React takes over
 * the same markup (hydration, not a second render) without a console error, and nothing typed while
 * the page is still static is lost.
 */
import { test, expect } from './fixtures';

const CASE_PAGES = ['estimators-disagree', 'dialysis-hard-stop', 'taper-from-high-dose'].map(
  (id) => `/teaching/${id}`,
);
const PAGES = ['/planner', '/patients', '/teaching', '/about', ...CASE_PAGES];

test('without JavaScript, the planner page is already there: heading, steps and the renal form', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/planner');
  await expect(page.getByRole('heading', { level: 2, name: 'Planner' })).toBeVisible();
  await expect(page.getByText('1 · Patient & renal function')).toBeVisible();
  await expect(page.locator('input[type="date"]')).toHaveValue('');
  // Static until the app runs: nothing on it takes input that would later be thrown away.
  await expect(page.locator('#root')).toHaveAttribute('inert', '');
  // <noscript> explains; the "taking long to load" notice is for a script that failed, not for none.
  await expect(page.locator('.boot-stalled')).toHaveCSS('animation-name', 'none');
  await context.close();
});

for (const path of PAGES) {
  test(`${path} is hydrated in place, without errors, and becomes usable`, async ({ page, problems }) => {
    // Mark the static markup as soon as it is parsed, before the app's code runs: if React re-created
    // the page instead of hydrating it, the mark would be gone.
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive')
          document.querySelector('#root main')?.setAttribute('data-static', '');
      });
    });
    await page.goto(path);
    await expect(page.locator('#root')).not.toHaveAttribute('inert');
    await expect(page.locator('#root main[data-static]')).toHaveCount(1);
    await expect(page.locator('.boot-stalled')).toHaveCSS('animation-name', 'none');
    await expect(page.locator('.boot-stalled')).toBeHidden();
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
  });
}

test('if the boot script cannot be fetched, the page says so instead of looking usable', async ({
  browser,
}) => {
  test.slow(); // the notice waits 8 s, for a slow connection that is still loading
  const context = await browser.newContext();
  await context.route('**/assets/index-*.js', (route) => route.abort('connectionfailed'));
  // A pre-rendered page (static and inert) and an address rendered in the browser (empty root).
  const pages = await Promise.all(['/planner', '/patients/pat-anna'].map(() => context.newPage()));
  await Promise.all(pages.map((page, index) => page.goto(index === 0 ? '/planner' : '/patients/pat-anna')));
  for (const page of pages) {
    await expect(page.getByRole('status').filter({ hasText: 'taking long to load' })).toBeVisible({
      timeout: 15_000,
    });
  }
  await expect(pages[0]!.locator('#root')).toHaveAttribute('inert', '');
  await context.close();
});

test('typing as soon as the planner shows is kept: the first keystrokes reach the plan', async ({
  page,
  problems,
}) => {
  await page.goto('/planner', { waitUntil: 'commit' });
  await page.getByRole('textbox', { name: 'Age' }).fill('60');
  await page.getByRole('radiogroup', { name: 'Sex' }).getByText('Male', { exact: true }).click();
  await page.getByRole('textbox', { name: 'Weight', exact: true }).fill('80');
  await page.getByRole('textbox', { name: 'Serum creatinine' }).fill('1.2');
  await expect(page.getByLabel('Renal assessment').getByTestId('crcl')).toHaveText('74.1');
  await expect(page).toHaveURL(/age=60/);
  expect(problems.consoleErrors).toEqual([]);
});

test('the start date is today’s in this browser, not the build’s', async ({ page }) => {
  await page.goto('/planner');
  await expect(page.locator('#root')).not.toHaveAttribute('inert');
  const today = await page.evaluate(() => {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  });
  await expect(page.getByLabel('Start date')).toHaveValue(today);
});
