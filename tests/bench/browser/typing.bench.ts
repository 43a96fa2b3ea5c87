/**
 * Responsiveness while typing (INP, issue 17 item 1): with a 365-day plan on screen and the CPU slowed
 * 4×, a clinician types into each planner field at a person's pace; the Event Timing API gives every
 * keystroke's interaction (input delay + handlers + the next paint). Also the what-if lab's slider.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { computePlanner } from '../../../src/lib/plannerModel';
import type { PlannerState } from '../../../src/lib/plannerLink';
import { inpMs, observe, settle, slowCpu, takeInteractions, writeResult, type Interaction } from './measure';
import { CPU_SLOWDOWN } from './ports.mjs';

const START = '2026-12-01';
const BASE: PlannerState = {
  age: 60,
  sex: 'male',
  weightKg: 80,
  heightCm: 178,
  scr: 1,
  scrUnit: 'mg/dL',
  regimen: 'baclocur-80',
  start: START,
};
/** Keys a person types about 6 characters a second. */
const KEY_DELAY_MS = 160;

/** The maintenance length that makes the whole plan (titration, maintenance, taper) 365 days long. */
function yearLongState(): PlannerState {
  for (let maintenanceDays = 200; maintenanceDays < 400; maintenanceDays += 1) {
    const state = { ...BASE, params: { maintenanceDays, taper: true } } as PlannerState;
    if (computePlanner(state, START).plan?.days.length === 365) return state;
  }
  throw new Error('No maintenance length gives a 365-day plan');
}

function plannerPath(state: PlannerState): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(state))
    search.set(key, typeof value === 'string' ? value : JSON.stringify(value));
  return `/planner?${search.toString()}`;
}

interface FieldCase {
  field: string;
  locate: (page: Page) => Locator;
  /** What is typed after the field is emptied (the value it had, so the plan stays a year long). */
  text: string;
}

const FIELDS: FieldCase[] = [
  { field: 'Age', locate: (page) => page.getByRole('textbox', { name: 'Age', exact: true }), text: '60' },
  {
    field: 'Weight',
    locate: (page) => page.getByRole('textbox', { name: 'Weight', exact: true }),
    text: '80',
  },
  {
    field: 'Height',
    locate: (page) => page.getByRole('textbox', { name: 'Height', exact: true }),
    text: '178',
  },
  {
    field: 'Serum creatinine',
    locate: (page) => page.getByRole('textbox', { name: 'Serum creatinine', exact: true }),
    text: '1.0',
  },
  { field: 'Start dose', locate: (page) => page.getByRole('textbox', { name: /^Start dose/ }), text: '15' },
  { field: 'Step size', locate: (page) => page.getByRole('textbox', { name: /^Step size/ }), text: '10' },
  {
    field: 'Target / goal dose',
    locate: (page) => page.getByRole('textbox', { name: /^Target/ }),
    text: '80',
  },
  { field: 'Maintenance', locate: (page) => page.getByRole('textbox', { name: /^Maintenance/ }), text: '' },
  {
    field: 'Medication',
    locate: (page) => page.getByRole('combobox', { name: 'Medication', exact: true }),
    text: 'sertraline 50 mg',
  },
];

async function typeInto(page: Page, field: Locator, text: string): Promise<Interaction[]> {
  await field.waitFor({ state: 'visible', timeout: 15_000 });
  await field.scrollIntoViewIfNeeded();
  await field.click();
  await settle(page, 800);
  await takeInteractions(page);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text, { delay: KEY_DELAY_MS });
  await settle(page, 1000);
  return takeInteractions(page);
}

test('INP while typing in the planner with a 365-day plan, and on the what-if slider', async ({ page }) => {
  const state = yearLongState();
  const maintenance = String((state.params as { maintenanceDays: number }).maintenanceDays);
  await observe(page);
  await page.goto(plannerPath(state));
  await expect(page.getByRole('img', { name: /^Dose chart: 365 days/ })).toBeVisible({ timeout: 30_000 });
  await slowCpu(page);
  await settle(page);

  const fields: {
    field: string;
    inpMs: number;
    interactions: number;
    worstMs: number;
    chart?: string | null;
  }[] = [];
  for (const { field, locate, text } of FIELDS) {
    const interactions = await typeInto(page, locate(page), text || maintenance);
    const worst = Math.max(16, ...interactions.map((item) => item.durationMs));
    const chart = await page
      .getByRole('img', { name: /^Dose chart:/ })
      .getAttribute('aria-label', { timeout: 5_000 })
      .catch(() => null);
    fields.push({
      field,
      inpMs: inpMs(interactions),
      interactions: interactions.length,
      worstMs: worst,
      chart,
    });
    console.log(
      `INP ${field}: ${inpMs(interactions)} ms (${interactions.length} interactions of 16 ms or more)`,
    );
  }

  // The what-if lab (/teaching/compare): the creatinine slider moved with the arrow keys, one step at a time.
  await page.goto('/teaching/compare');
  const slider = page.getByRole('slider').first();
  await expect(slider).toBeVisible({ timeout: 30_000 });
  await settle(page);
  await slider.focus();
  await takeInteractions(page);
  for (let step = 0; step < 12; step += 1)
    await page.keyboard.press('ArrowRight', { delay: 40 }).then(() => page.waitForTimeout(KEY_DELAY_MS));
  await settle(page, 1000);
  const sliderInteractions = await takeInteractions(page);
  fields.push({
    field: 'What-if creatinine slider',
    inpMs: inpMs(sliderInteractions),
    interactions: sliderInteractions.length,
    worstMs: Math.max(16, ...sliderInteractions.map((item) => item.durationMs)),
  });
  console.log(`INP what-if slider: ${inpMs(sliderInteractions)} ms`);

  writeResult('typing', { cpuSlowdown: CPU_SLOWDOWN, planDays: 365, keyDelayMs: KEY_DELAY_MS, fields });
});
