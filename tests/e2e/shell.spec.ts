import { test, expect, seriousViolations } from './fixtures';

const ROUTES = [
  { path: '/planner', nav: /^Planner/ },
  { path: '/patients', nav: /^Patients/ },
  { path: '/teaching', nav: /^Teaching/ },
  { path: '/about', nav: /^About & sources/ },
];

test('the app loads in demo mode with no console errors or third-party requests', async ({
  page,
  problems,
}) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/planner$/);
  await expect(page.getByRole('note', { name: 'Clinical disclaimer' })).toContainText('off-label');
  await expect(page.getByText('Demo data')).toBeVisible();
  // The demo FHIR server starts with the first FHIR request, e.g. when the Patients page opens.
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: /^Patients/ })
    .click();
  await expect(page.getByRole('list', { name: 'Patients' }).getByRole('listitem').first()).toBeVisible();
  const metadata = await page.evaluate(async () => (await fetch('/fhir/metadata')).json());
  expect(metadata.resourceType).toBe('CapabilityStatement');
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.foreignRequests).toEqual([]);
});

for (const route of ROUTES) {
  test(`${route.path} renders from the navigation and passes axe`, async ({ page, problems }) => {
    await page.goto('/about');
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: route.nav })
      .click();
    await expect(page).toHaveURL(new RegExp(`${route.path}$`));
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
  });
}

test('the built page carries a Content-Security-Policy without inline scripts', async ({ page }) => {
  const response = await page.goto('/planner');
  const header = response?.headers()['content-security-policy'] ?? '';
  expect(header).toContain("script-src 'self'");
  expect(header).not.toContain("script-src 'self' 'unsafe-inline'");
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toContain("default-src 'self'");
});

test('the preview serves the build’s own security headers: no framing, no sniffing, no referrer', async ({
  request,
}) => {
  for (const path of ['/planner', '/patients', '/assets/', '/favicon.svg']) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('no-referrer');
    expect(headers['x-frame-options'], path).toBe('DENY');
  }
});
