/**
 * Accessibility quality gate: axe (WCAG 2.1 A/AA tags, Chromium, so colour contrast is included) finds
 * no serious or critical violation on any route in any state a clinician meets — empty planner, a
 * planner with findings, a blocked plan, open dialogs, the patient list, a chart, the teaching list and
 * a case — and keyboard focus is always visible. Violations are not filtered here: a known one must be
 * fixed, not hidden.
 */
import type { Page } from '@playwright/test';
import { test, expect, MODERATE_72, plannerUrl, seriousViolations } from './fixtures';
import { TEACHING_CASES } from '../../src/features/teaching/cases';

const WITH_FINDINGS = plannerUrl({ ...MODERATE_72, meds: ['Xanax', 'methadone'] });
const BLOCKED =
  '/planner?age=80&sex=female&weightKg=55&scr=1.4&scrUnit=mg%2FdL&regimen=addolorato-30&start=2026-12-01';
const CHART_ID = 'demo-03';
const FIRST_CASE = TEACHING_CASES[0]?.id ?? 'missing-case';

async function expectNoSeriousViolations(page: Page, state: string) {
  expect(await seriousViolations(page), `axe: serious/critical violations — ${state}`).toEqual([]);
}

test.describe('axe finds no serious or critical violation', () => {
  test('planner, empty', async ({ page, problems }) => {
    await page.goto('/planner');
    await expect(page.getByRole('textbox', { name: 'Age' })).toBeVisible();
    await expectNoSeriousViolations(page, 'planner empty');
    expect(problems.consoleErrors).toEqual([]);
  });

  test('planner with renal, interaction and dose findings', async ({ page, problems }) => {
    await page.goto(WITH_FINDINGS);
    await expect(page.getByLabel('Renal assessment').getByTestId('crcl')).toHaveText('39.0');
    await expect(page.getByRole('table', { name: 'Day-by-day schedule' })).toBeVisible();
    await expect(page.getByText(/alprazolam/i).first()).toBeVisible();
    // The chart is lazy: wait for it so axe sees the whole page.
    await expect(page.locator('.recharts-surface').first()).toBeVisible();
    await expectNoSeriousViolations(page, 'planner with findings');
    expect(problems.consoleErrors).toEqual([]);
  });

  test('planner with a blocked plan (severe renal band)', async ({ page, problems }) => {
    await page.goto(BLOCKED);
    await expect(page.getByRole('alert').filter({ hasText: 'Plan blocked' })).toBeVisible();
    await expectNoSeriousViolations(page, 'blocked plan');
    // The override form, opened, is part of this state too.
    const blocked = page.getByRole('alert').filter({ hasText: 'Plan blocked' });
    await blocked.getByRole('button', { name: 'Override and plan' }).click();
    await expect(blocked.getByLabel('Reason for override')).toBeVisible();
    await expectNoSeriousViolations(page, 'blocked plan, override form open');
    expect(problems.consoleErrors).toEqual([]);
  });

  test('the Explain CrCl dialog', async ({ page, problems }) => {
    await page.goto(WITH_FINDINGS);
    await page.getByRole('button', { name: 'Explain CrCl' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Cockcroft');
    await expectNoSeriousViolations(page, 'Explain CrCl dialog open');
    // A modal dialog takes focus and gives it back when closed with Escape.
    await expect(dialog.locator(':focus')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: 'Explain CrCl' })).toBeFocused();
    expect(problems.consoleErrors).toEqual([]);
  });

  test('the New plan confirmation dialog', async ({ page, problems }) => {
    await page.goto(WITH_FINDINGS);
    await page.getByRole('button', { name: 'New plan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Start a new plan?' });
    await expect(dialog).toBeVisible();
    await expectNoSeriousViolations(page, 'New plan dialog open');
    await dialog
      .getByRole('button', { name: 'Cancel', exact: true })
      .and(dialog.locator(':not(.mantine-Modal-close)'))
      .click();
    await expect(dialog).toBeHidden();
    expect(problems.consoleErrors).toEqual([]);
  });

  test('patients list', async ({ page, problems }) => {
    await page.goto('/patients');
    const list = page.getByRole('list', { name: 'Patients' });
    await expect(list.getByRole('listitem').first()).toBeVisible();
    // Rows fill in their labs and flags after the list: wait until no row is still loading.
    await expect(page.getByLabel('Loading flags')).toHaveCount(0);
    await expectNoSeriousViolations(page, 'patients list');
    expect(problems.consoleErrors).toEqual([]);
  });

  test('a patient chart', async ({ page, problems }) => {
    await page.goto(`/patients/${CHART_ID}`);
    await expect(page.getByRole('link', { name: 'Plan from chart' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    await expectNoSeriousViolations(page, `chart ${CHART_ID}`);
    expect(problems.consoleErrors).toEqual([]);
  });

  test('teaching list', async ({ page, problems }) => {
    await page.goto('/teaching');
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    await expectNoSeriousViolations(page, 'teaching list');
    expect(problems.consoleErrors).toEqual([]);
  });

  test('a teaching case, before and after the answer is revealed', async ({ page, problems }) => {
    await page.goto(`/teaching/${FIRST_CASE}`);
    await expect(page.getByRole('button', { name: 'Reveal answer' })).toBeVisible();
    await expectNoSeriousViolations(page, `case ${FIRST_CASE}`);
    await page.getByRole('button', { name: 'Reveal answer' }).click();
    await expect(page.getByRole('heading', { name: 'Answer' })).toBeVisible();
    await expectNoSeriousViolations(page, `case ${FIRST_CASE}, answer revealed`);
    expect(problems.consoleErrors).toEqual([]);
  });
});

/**
 * The focused element's focus indicator, as computed styles: an outline or a box-shadow on the element —
 * or, when the element is a visually hidden native input (a segmented control's radio, a styled
 * checkbox), on the label that stands for it on screen.
 */
async function focusIndicator(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const visible = (node: Element) => {
      const style = getComputedStyle(node);
      return {
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
        boxShadow: style.boxShadow !== 'none' && style.boxShadow !== '',
      };
    };
    const rect = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    const hidden =
      rect.width <= 1 || rect.height <= 1 || style.opacity === '0' || style.clipPath.includes('inset');
    const stand = hidden && element instanceof HTMLInputElement ? (element.labels?.[0] ?? null) : null;
    const own = visible(element);
    const label = stand ? visible(stand) : { outline: false, boxShadow: false };
    const name =
      element.getAttribute('aria-label') ??
      (element instanceof HTMLInputElement ? element.labels?.[0]?.textContent?.trim() : undefined) ??
      element.textContent?.trim().slice(0, 40) ??
      '';
    return {
      element: `${element.tagName.toLowerCase()}${element instanceof HTMLInputElement ? `[type=${element.type}]` : ''} “${name}”`,
      visible: own.outline || own.boxShadow || label.outline || label.boxShadow,
    };
  });
}

test('keyboard focus is visible on every stop through the planner', async ({ page }) => {
  await page.goto(WITH_FINDINGS);
  await expect(page.getByRole('table', { name: 'Day-by-day schedule' })).toBeVisible();
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  const invisible: string[] = [];
  const visited = new Set<string>();
  // Enough stops to go through navigation, every step's fields and buttons, and into the plan.
  for (let stop = 0; stop < 70; stop++) {
    await page.keyboard.press('Tab');
    const focus = await focusIndicator(page);
    if (!focus) continue;
    visited.add(focus.element);
    if (!focus.visible) invisible.push(focus.element);
  }
  expect(visited.size, 'Tab reached the planner controls').toBeGreaterThan(20);
  expect([...new Set(invisible)], 'focused elements without an outline or box-shadow').toEqual([]);
});

test('keyboard only: reach Patients, open a chart and come back', async ({ page, problems }) => {
  await page.goto('/planner');
  await expect(page.getByRole('textbox', { name: 'Age' })).toBeVisible();

  /** Tab until the focused element matches, failing after `limit` presses. */
  async function tabTo(matches: () => Promise<boolean>, what: string, limit = 80) {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      if (await matches()) return;
    }
    throw new Error(`${what} not reached with Tab in ${limit} presses`);
  }
  const focusedIs = (locator: ReturnType<Page['getByRole']>) => () =>
    locator.evaluate((element) => element === document.activeElement).catch(() => false);

  const patientsLink = page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: /Patients/ });
  await tabTo(focusedIs(patientsLink), 'the Patients link');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/patients$/);
  await expect(page.getByRole('heading', { name: 'Patients', level: 2 })).toBeVisible();

  const firstPatient = page.getByRole('list', { name: 'Patients' }).getByRole('link').first();
  await expect(firstPatient).toBeVisible();
  const name = (await firstPatient.textContent())?.trim() ?? '';
  await tabTo(focusedIs(firstPatient), 'the first patient in the list');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/patients\/[A-Za-z0-9.-]+$/);
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();

  // From the chart, the main action is reachable by keyboard too.
  const planFromChart = page.getByRole('link', { name: 'Plan from chart' });
  await tabTo(focusedIs(planFromChart), 'Plan from chart');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/planner\?.*patient=/);
  await expect(page.getByLabel('Renal assessment').getByTestId('crcl')).toBeVisible();
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.foreignRequests).toEqual([]);
});
