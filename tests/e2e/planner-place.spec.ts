/**
 * The planner keeps its place: a change below the top of the page (a medication added by keyboard, a
 * regimen chosen with the mouse, a parameter edited) neither scrolls the page nor loses focus.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const PLAN =
  '/planner?age=60&sex=male&weightKg=80&scr=1.2&scrUnit=mg%2FdL&regimen=baclocur-80&start=2026-12-01';

async function scrollTo(page: Page, selector: string): Promise<number> {
  await page.locator(selector).evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await page.waitForTimeout(200);
  return page.evaluate(() => window.scrollY);
}

async function expectStill(page: Page, scrollY: number) {
  // Content may grow below; the part the clinician is looking at must not move.
  await page.waitForTimeout(400);
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrollY)).toBeLessThan(4);
}

for (const width of [1440, 390]) {
  test(`at ${width} px no change scrolls the page or drops focus`, async ({ page, problems }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(PLAN);
    await expect(page.getByRole('table', { name: 'Day-by-day schedule' })).toBeVisible();

    // A medication added with the keyboard: focus stays in the field, the page stays put.
    const medication = page.getByRole('combobox', { name: 'Medication' });
    let y = await scrollTo(page, '#step-meds');
    expect(y).toBeGreaterThan(0);
    await medication.click();
    await medication.fill('Lyrica');
    await page.keyboard.press('Enter');
    await expect(
      page.locator('#step-meds').getByRole('article', { name: /Baclofen \+ pregabalin/ }),
    ).toBeVisible();
    await expectStill(page, y);
    await expect(medication).toBeFocused();

    // A regimen chosen with the mouse.
    y = await scrollTo(page, '#step-regimen');
    const morley = page.getByRole('radio', { name: /Morley/ }).first();
    await morley.click();
    await expect(page).toHaveURL(/regimen=morley-75/);
    await expectStill(page, y);
    await expect(morley).toBeFocused();

    // The taper switch, by keyboard, in the parameters panel.
    await page.getByRole('button', { name: /Adjust parameters/ }).click();
    const taper = page.getByRole('switch', { name: /End with a taper/ });
    await taper.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await page.waitForTimeout(200);
    y = await page.evaluate(() => window.scrollY);
    await taper.focus();
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/taper/);
    await expectStill(page, y);
    await expect(taper).toBeFocused();

    expect(problems.consoleErrors).toEqual([]);
  });
}

for (const width of [1440, 390]) {
  test(`at ${width} px the steps read and tab in order 1 → 2 → 3 → 4`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(PLAN);
    await expect(page.getByRole('table', { name: 'Day-by-day schedule' })).toBeVisible();
    const order = await page
      .locator('section[id^="step-"]')
      .evaluateAll((sections) => sections.map((section) => section.id));
    expect(order).toEqual(['step-renal', 'step-regimen', 'step-meds', 'step-plan']);
    const box = async (id: string) =>
      (await page.locator(`#${id}`).boundingBox()) ?? { x: 0, y: 0, width: 0, height: 0 };
    const [renal, regimen, meds] = [
      await box('step-renal'),
      await box('step-regimen'),
      await box('step-meds'),
    ];
    if (width >= 1200) {
      // Two columns: the regimen beside renal function, medications under it.
      expect(regimen.x).toBeGreaterThan(renal.x + renal.width - 1);
      expect(meds.y).toBeGreaterThan(renal.y + renal.height - 1);
      expect(meds.y - (renal.y + renal.height)).toBeLessThan(40);
    } else {
      expect(regimen.y).toBeGreaterThan(renal.y);
      expect(meds.y).toBeGreaterThan(regimen.y);
    }
    // Keyboard: from the last field of step 1, Tab reaches step 2 before step 3.
    await page.getByRole('switch', { name: 'On dialysis' }).focus();
    let reached = '';
    for (let i = 0; i < 12 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.closest('section[id^="step-"]')?.id ?? '');
      if (reached === 'step-renal') reached = '';
    }
    expect(reached).toBe('step-regimen');
  });
}
