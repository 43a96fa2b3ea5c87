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
