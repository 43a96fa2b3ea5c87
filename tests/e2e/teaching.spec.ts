import { test, expect, seriousViolations } from './fixtures';
import { TEACHING_CASES } from '../../src/features/teaching/cases';
import { runCase } from '../../src/features/teaching/runCase';
import { BAND_LABEL } from '../../src/features/teaching/format';

test('every teaching case opens, reveals the rules’ answer and passes axe', async ({ page, problems }) => {
  test.setTimeout(240_000);
  const first = TEACHING_CASES[0];
  if (!first) throw new Error('no teaching cases');
  await page.goto(`/teaching/${first.id}`);
  // One page for the whole loop: each case is reached with its "Next" button, as a teacher would.
  for (const [index, teachingCase] of TEACHING_CASES.entries()) {
    await test.step(teachingCase.id, async () => {
      await expect(page).toHaveURL(new RegExp(`/teaching/${teachingCase.id}$`));
      await expect(page.getByRole('heading', { level: 2, name: teachingCase.title })).toBeVisible();
      await page.getByRole('button', { name: 'Reveal answer' }).click();
      await expect(page).toHaveURL(/reveal=1/);
      await expect(page.getByRole('heading', { name: 'Answer' })).toBeFocused();

      // The figure the page shows must be the one the rules module computes for the same inputs.
      const run = runCase(teachingCase.inputs);
      const figures = page.getByRole('table', { name: 'Key figures' });
      if (!run.renal || !run.plan) throw new Error(`${teachingCase.id}: the rules refused the case`);
      await expect(figures.getByRole('row', { name: /Renal band used/ })).toContainText(
        BAND_LABEL[run.renal.band],
      );
      if (run.plan.blocked) {
        await expect(figures.getByRole('row', { name: /^Plan/ })).toContainText('Blocked by a hard stop');
      } else {
        await expect(figures.getByRole('row', { name: /Daily cap/ })).toContainText(
          `${run.plan.capMgPerDay} mg/day`,
        );
      }
      await expect(
        page.getByRole('table', { name: /What the case text states/ }).getByText('Disagrees'),
      ).toHaveCount(0);

      expect(await seriousViolations(page), teachingCase.id).toEqual([]);
      const next = TEACHING_CASES[index + 1];
      if (next) await page.getByRole('link', { name: `Next: ${next.title}` }).click();
    });
  }
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.foreignRequests).toEqual([]);
});

test('a revealed case prints without navigation and with the answer', async ({ page, problems }) => {
  await page.goto('/teaching/elderly-beers?reveal=1');
  await expect(page.getByRole('heading', { name: 'Answer' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Hide answer' })).toBeHidden();
  await expect(page.getByRole('table', { name: 'Key figures' })).toBeVisible();
  expect(problems.consoleErrors).toEqual([]);
});

test('the what-if lab charts regimens, sweeps creatinine by keyboard and passes axe', async ({
  page,
  problems,
}) => {
  await page.goto('/teaching/compare?case=elderly-beers');
  await expect(page.getByRole('heading', { level: 2, name: 'What-if lab' })).toBeVisible();
  // Recharts is lazy-loaded: the chart appears once its chunk arrives.
  await expect(page.locator('.recharts-line').first()).toBeVisible();
  const slider = page.getByRole('slider', { name: 'Serum creatinine in mg/dL' });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuenow', '1.8');
  await expect(page.getByRole('status').filter({ hasText: /^Creatinine 1\.8 mg\/dL/ })).toContainText(
    'Band Moderate',
  );
  await expect(page).toHaveURL(/scr=1\.8/);
  expect(await seriousViolations(page)).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.foreignRequests).toEqual([]);
});
