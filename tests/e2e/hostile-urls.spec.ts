/**
 * A URL cannot be turned against a page: values that validation refuses never reach it (the router
 * keeps only validated search params), so none of these crashes its route.
 */
import { test, expect } from './fixtures';

const RENAL = 'age=60&sex=male&weightKg=80&scr=1.2';
const HOSTILE = [
  `/planner?${RENAL}&override=5`,
  `/planner?${RENAL}&meds=5`,
  `/planner?${RENAL}&conds=%7B%22a%22%3A1%7D`,
  `/planner?${RENAL}&patient=%7B%22id%22%3A1%7D`,
  `/planner?${RENAL}&params=%7B%22splitWeights%22%3A5%7D`,
  `/planner?${RENAL}&acks=5`,
  `/planner?${RENAL}&unitConfirmed=%22yes%22`,
  '/patients?q=5',
  '/teaching/compare?regimens=5',
  '/teaching?topic=5',
  '/teaching/creatinine-unit-confusion?reveal=%7B%7D',
];

for (const url of HOSTILE) {
  test(`${url} renders its page, not an error`, async ({ page, problems }) => {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    await page.waitForTimeout(500);
    await expect(page.getByText('This page could not load')).toHaveCount(0);
    expect(problems.consoleErrors).toEqual([]);
  });
}
