/**
 * Following a patient at visits (issue 19, spec §9), as a clinician does it: from the chart into the
 * planner, three visits recorded with the keyboard and the mouse — one with a troublesome side effect,
 * one with a creatinine that worsens the renal band — each suggestion accepted, the plan re-planned
 * from the visit date at the dose taken, planned vs taken on the chart; a reload shows the same.
 * Dates are counted from the plan's own start date, never from the machine's today.
 */
import type { Page } from '@playwright/test';
import { test, expect, seriousViolations } from './fixtures';

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const followUp = (page: Page) => page.getByRole('region', { name: '5 · Follow-up visits' });

async function recordVisit(
  page: Page,
  visit: { date: string; drinks: string; craving: string; troublesome?: string; creatinine?: string },
) {
  const section = followUp(page);
  await section.getByLabel('Visit date').fill(visit.date);
  // The planned dose of that day, taken as planned.
  await section.getByRole('button', { name: /^The planned dose was taken/ }).click();
  await section.getByLabel('Standard drinks per day').fill(visit.drinks);
  await section.getByLabel('Drink size').selectOption('10');
  await section.getByLabel('Craving (0–10)').fill(visit.craving);
  if (visit.troublesome)
    await section.getByRole('radiogroup', { name: visit.troublesome }).getByText('Troublesome').click();
  if (visit.creatinine) {
    await section.getByLabel('New creatinine (optional)').fill(visit.creatinine);
    await section.getByLabel('Unit of the new creatinine').selectOption('mg/dL');
  }
}

async function accept(page: Page, date: string) {
  const section = followUp(page);
  await section.getByRole('button', { name: /^Record visit and (re-plan|taper)$/ }).click();
  const status = section.getByRole('status');
  await expect(status).toContainText(`Visit of ${date} recorded on the chart.`);
  // Where the clinician looks next: the outcome has focus, in view, not under the fixed header.
  await expect(status).toBeFocused();
  const box = await status.boundingBox();
  const header = await page.locator('header').first().boundingBox();
  expect(box && box.y).toBeGreaterThanOrEqual((header?.y ?? 0) + (header?.height ?? 0) - 1);
  expect(box && box.y + Math.min(box.height, 40)).toBeLessThanOrEqual(page.viewportSize()?.height ?? 900);
}

test('record three visits for a chart patient, accept the suggestions, see planned vs taken, reload', async ({
  page,
  problems,
}) => {
  // A whole follow-up (three visits, a reload, the chart, three accessibility scans) on a shared CI machine.
  test.setTimeout(180_000);
  await page.goto('/patients/demo-01');
  await expect(page.getByRole('heading', { level: 2, name: 'Claire Martin' })).toBeVisible();
  await page.getByRole('link', { name: 'Plan from chart' }).click();
  const section = followUp(page);
  await expect(section).toContainText('Follow-up of Claire Martin');
  await expect(section).toContainText('0 visits recorded');
  const start = await page.getByLabel('Start date').inputValue();
  expect(start).toMatch(/^\d{4}-\d{2}-\d{2}$/);

  // Visit 1: tolerated, still drinking 60 g/day → continue from the dose taken.
  const first = addDays(start, 7);
  await recordVisit(page, { date: first, drinks: '6', craving: '7' });
  await expect(section.getByLabel('Standard drinks per day')).toHaveAccessibleDescription(
    '= 60 g of alcohol/day',
  );
  const suggestion = section.getByRole('region', { name: /^Suggested:/ });
  await expect(suggestion).toContainText('Suggested: Continue');
  await expect(suggestion).toContainText('visit.continue');
  expect(await seriousViolations(page)).toEqual([]);
  await accept(page, first);
  await expect(page.getByLabel('Start date')).toHaveValue(first);

  // Visit 2: troublesome somnolence → step back, hold, retry once (spec §3 intolerance rule).
  const second = addDays(start, 14);
  await recordVisit(page, { date: second, drinks: '4', craving: '5', troublesome: 'somnolence' });
  await expect(suggestion).toContainText('Suggested: Step back');
  await expect(suggestion).toContainText('visit.intolerance');
  const takenAtSecond = Number(
    (await section.getByLabel('Dose actually taken (mg/day)').inputValue()).replace(',', '.'),
  );
  await accept(page, second);
  await expect(page.getByLabel('Start date')).toHaveValue(second);
  // The re-plan's first day is the step back: below the dose taken, in a hold.
  const schedule = page.getByRole('table', { name: 'Day-by-day schedule' });
  await expect(schedule.getByRole('row').nth(1)).toContainText(/hold/i);

  // Visit 3: a creatinine of 1.6 mg/dL moves Claire (45 y, 60 kg) from the normal to the moderate band.
  const third = addDays(start, 21);
  await recordVisit(page, { date: third, drinks: '3', craving: '3', creatinine: '1.6' });
  await expect(suggestion).toContainText('Kidney function at this visit: normal band → moderate');
  await accept(page, third);
  await expect(page.getByRole('textbox', { name: /Serum creatinine/ })).toHaveValue('1.6');

  const table = section.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table).toContainText('somnolence (troublesome)');
  await expect(table).toContainText('creatinine 1.6 mg/dL');
  await expect(table).toContainText(`${takenAtSecond} (`);
  await expect(section.getByText('Baclofen: planned and actually taken (mg/day)')).toBeVisible();
  await expect(section.locator('.recharts-line')).toHaveCount(3); // planned, taken, craving
  await expect(table.getByRole('cell', { name: 'On the chart' })).toHaveCount(3);

  // A reload shows the same three visits (from the chart and the device, each once).
  await page.reload();
  await expect(section).toContainText('3 visits recorded');
  await expect(section.getByRole('table').getByRole('row')).toHaveCount(4);

  // And the chart page shows them too.
  await page.goto('/patients/demo-01');
  const onChart = page.getByRole('region', { name: 'Follow-up visits', exact: true });
  await expect(onChart).toContainText('3 visits');
  await expect(onChart.getByRole('table').getByRole('row')).toHaveCount(4);
  expect(await seriousViolations(page)).toEqual([]);

  expect(problems.consoleErrors).toEqual([]);
  expect(problems.foreignRequests).toEqual([]);
});

test('a demo patient followed for months shows the plan that adapted, on a 390 px phone', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/patients/demo-25');
  const onChart = page.getByRole('region', { name: 'Follow-up visits', exact: true });
  await expect(onChart).toContainText('5 visits');
  const table = onChart.getByRole('table');
  await expect(table).toContainText('Step back · accepted');
  await expect(table).toContainText('Reassess · consider a taper');
  await expect(onChart.getByText('low-risk ≤ 20 g/day')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await seriousViolations(page)).toEqual([]);
});

test('a visit form half typed survives a reload, and bad values are refused at their field', async ({
  page,
}) => {
  await page.goto('/patients/demo-01');
  await page.getByRole('link', { name: 'Plan from chart' }).click();
  const section = followUp(page);
  const start = await page.getByLabel('Start date').inputValue();
  await section.getByLabel('Visit date').fill(addDays(start, 3));
  await section.getByLabel('Dose actually taken (mg/day)').fill('twenty');
  await section.getByLabel('Standard drinks per day').fill('3');
  await section.getByLabel('Craving (0–10)').fill('12');
  await expect(section.getByLabel('Dose actually taken (mg/day)')).toHaveAccessibleDescription(
    /is not a number/,
  );
  await expect(section.getByLabel('Drink size')).toHaveAccessibleDescription(/Choose the drink size/);
  await page.reload();
  await expect(section.getByLabel('Visit date')).toHaveValue(addDays(start, 3));
  await expect(section.getByLabel('Dose actually taken (mg/day)')).toHaveValue('twenty');
  await section.getByLabel('Dose actually taken (mg/day)').fill('20');
  await section.getByLabel('Drink size').selectOption('14');
  await expect(section.getByLabel('Craving (0–10)')).toHaveAccessibleDescription(/between 0 and 10/);
  await expect(section.getByRole('region', { name: /^Suggested:/ })).toHaveCount(0);
});

test('a followed patient planned afresh from the chart: the dose of the last visit is never dropped', async ({
  page,
}) => {
  await page.goto('/patients/demo-05');
  await page.getByRole('link', { name: 'Plan from chart' }).click();
  const section = followUp(page);
  const warning = section.getByRole('alert').filter({ hasText: 'This plan does not start from the dose' });
  await expect(warning).toContainText('the patient took 80 mg/day');
  await warning.getByRole('button', { name: 'Re-plan from 80 mg/day' }).click();
  await expect(warning).toHaveCount(0);
  const schedule = page.getByRole('table', { name: 'Day-by-day schedule' });
  await expect(schedule.getByRole('row').nth(1)).toContainText('80');
});
