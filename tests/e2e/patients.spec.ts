import { test, expect, seriousViolations } from './fixtures';

test('search a patient, review the chart, and open the planner prefilled from it', async ({
  page,
  problems,
}) => {
  await page.goto('/patients');
  await expect(page.getByRole('heading', { level: 2, name: 'Patients' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Search by name, record number or date of birth' }).fill('lefe');
  const list = page.getByRole('list', { name: 'Patients' });
  const row = list.getByRole('listitem', { name: 'Henri Lefèvre' });
  await expect(row).toContainText('150 µmol/L');
  await expect(row).toContainText('Renal: moderate impairment');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  // The name typed stays out of the address (and so out of history lists and proxy logs).
  await expect(page).toHaveURL(/\/patients$/);
  expect(await seriousViolations(page)).toEqual([]);

  await row.getByRole('link', { name: 'Henri Lefèvre' }).click();
  await expect(page).toHaveURL(/\/patients\/demo-03$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Henri Lefèvre' })).toBeVisible();
  const renal = page.getByRole('region', { name: 'Renal function and body size' });
  await expect(renal).toContainText('42.4');
  // The trend chart is loaded on demand and draws both series.
  const trend = page.getByRole('region', { name: 'Creatinine and eGFR over time' });
  await expect(trend.locator('.recharts-line')).toHaveCount(2);
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('link', { name: 'Plan from chart' }).click();
  await expect(page).toHaveURL(/\/planner\?/);
  const url = new URL(page.url());
  expect(url.searchParams.get('patient')).toBe('demo-03');
  expect(url.searchParams.get('scr')).toBe('150');
  expect(url.searchParams.get('scrUnit')).toBe('umol/L');
  expect(url.searchParams.get('scrDate')).toBe('2026-10-26');
  expect(url.searchParams.get('weightKg')).toBe('70');
  expect(url.searchParams.get('age')).toBe('72');
  // Whose plan it is, on the page where it is built: name, birth date, record number, allergies, weight.
  const banner = page.getByRole('region', { name: 'Patient', exact: true });
  await expect(banner).toContainText('Planning for Henri Lefèvre');
  await expect(banner).toContainText(/72 years, born/);
  await expect(banner).toContainText('MRN');
  await expect(banner).toContainText('Allergies:');
  await expect(banner).toContainText('70 kg');
  expect(await seriousViolations(page)).toEqual([]);

  expect(problems.consoleErrors).toEqual([]);
  expect(problems.foreignRequests).toEqual([]);
});

test('markup in chart data stays inert text in the browser', async ({ page, problems }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto('/patients/demo-20');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(
    '<script>alert("xss")</script> <img src=x onerror=alert(1)>',
  );
  await expect(page.getByText('<b onmouseover=alert(2)>twice</b>')).toBeVisible();
  expect(await page.locator('img[src="x"], b[onmouseover]').count()).toBe(0);
  expect(dialogs).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
});

test('?fault=server-error makes the demo EHR fail, and the page says so with a Retry', async ({
  page,
  problems,
}) => {
  await page.goto('/patients?fault=server-error');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The FHIR server reported an error', { timeout: 20_000 });
  await expect(alert).toContainText('HTTP 500');
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  expect(problems.foreignRequests).toEqual([]);
});

test('the patient pages fit a 390 px phone screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/patients');
  await expect(page.getByRole('listitem', { name: 'Claire Martin' })).toContainText('0.8 mg/dL');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.goto('/patients/demo-09');
  await expect(page.getByRole('heading', { level: 2, name: 'Laurent Petit' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // Runs while the trend chart may still be loading: its placeholder must pass axe too.
  expect(await seriousViolations(page)).toEqual([]);

  // A table wider than the phone scrolls sideways inside its own named, focusable region.
  const trend = page.getByRole('region', { name: 'Creatinine and eGFR over time' });
  await trend.getByRole('tab', { name: 'Table' }).click();
  const scroller = trend.getByRole('region', { name: 'Creatinine results (scrolls sideways)' });
  await expect(scroller.getByRole('table')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await scroller.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => scroller.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  for (const name of ['Current medicines (scrolls sideways)', 'Conditions (scrolls sideways)']) {
    await expect(page.getByRole('region', { name })).toHaveAttribute('tabindex', '0');
  }
  expect(await seriousViolations(page)).toEqual([]);
});

test('a plan saved from the planner appears on the chart, once, however often it is saved', async ({
  page,
}) => {
  await page.goto('/patients/demo-01');
  await page.getByRole('link', { name: 'Plan from chart' }).click();
  await expect(page).toHaveURL(/\/planner\?.*patient=demo-01/);
  await page.getByRole('button', { name: 'Save to chart' }).click();
  const saved = page.getByRole('status').filter({ hasText: 'Saved to the chart' });
  await expect(saved).toBeVisible();
  // The button says so and stays down while the plan is unchanged.
  await expect(page.getByRole('button', { name: 'On the chart' })).toBeDisabled();
  // Navigate inside the app: the demo EHR keeps saved resources in memory, so a reload would forget them.
  await saved.getByRole('link', { name: 'Open the chart' }).click();
  await expect(page).toHaveURL(/\/patients\/demo-01$/);
  const plans = page.getByRole('region', { name: 'Previous baclofen plans' });
  await expect(plans.getByRole('listitem')).toHaveCount(1);
  await expect(plans).toContainText('On the chart · active plan');

  // The same plan again (back to the planner, save): nothing new is written, and it says so.
  await page.goBack();
  await page.getByRole('button', { name: 'Save to chart' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Already on the chart' })).toBeVisible();
  await page.getByRole('link', { name: 'Open the chart' }).click();
  await expect(plans.getByRole('listitem')).toHaveCount(1);
});

test('saving a changed plan replaces the active one: the chart shows one active plan and its history', async ({
  page,
}) => {
  await page.goto('/patients/demo-01');
  await page.getByRole('link', { name: 'Plan from chart' }).click();
  await page.getByRole('button', { name: 'Save to chart' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved to the chart' })).toBeVisible();
  // A change to the plan (another weight) makes it another plan: the button is live again.
  const weight = page.getByRole('textbox', { name: /^Weight/ });
  await weight.fill('58');
  const save = page.getByRole('button', { name: 'Save to chart' });
  await expect(save).toBeEnabled();
  await save.click();
  const note = page.getByRole('status').filter({ hasText: 'Saved to the chart' });
  await expect(note).toContainText('replaces the earlier version');
  await note.getByRole('link', { name: 'Open the chart' }).click();
  const plans = page.getByRole('region', { name: 'Previous baclofen plans' });
  await expect(plans.getByRole('listitem')).toHaveCount(2);
  await expect(plans.getByRole('listitem').first()).toContainText('active plan');
  await expect(plans.getByRole('listitem').nth(1)).toContainText('Replaced by a later version');
});

test('a plan saved during an outage waits on the device; when the EHR is back, the chart shows it without a reload', async ({
  page,
}) => {
  // The demo EHR reads but refuses every write (503) until the test ends the outage.
  await page.goto('/patients/demo-01?fault=writes-unavailable');
  await page.getByRole('link', { name: 'Plan from chart' }).click();
  await page.getByRole('button', { name: 'Save to chart' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Saved on this device — not yet on the chart' }),
  ).toBeVisible();
  await page.goBack();
  const plans = page.getByRole('region', { name: 'Previous baclofen plans' });
  await expect(plans).toContainText('1 plan is saved on this device and not yet on the chart.');
  await expect(plans.getByText('Not yet synced')).toBeVisible();

  // The EHR takes writes again, and the browser says it is online: the outbox sends the plan.
  await page.evaluate(() => {
    (window as unknown as { bacloplanDemoSetFault: (mode: string) => void }).bacloplanDemoSetFault('none');
    window.dispatchEvent(new Event('online'));
  });
  await expect(plans.getByText('On the chart · active plan')).toBeVisible();
  await expect(plans.getByText('Not yet synced')).toHaveCount(0);
  await expect(plans.getByRole('listitem')).toHaveCount(1);
  await expect(page).toHaveURL(/\/patients\/demo-01$/);
});
