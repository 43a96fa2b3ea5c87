import { expect, seriousViolations, test } from './fixtures';

/**
 * bacloplan in French (issue 20), as a French prescriber's browser opens it: the language follows the
 * browser, numbers are written and read with a decimal comma, and the French defaults (µmol/L, the
 * fr-2018 profile) are where a new plan starts — and are written into the plan's link.
 */
test.use({ locale: 'fr-FR' });

test('the planner speaks French, reads "1,4" as 1.4 and starts a plan from the French defaults', async ({
  page,
  problems,
}) => {
  await page.goto('/planner');
  await expect(page.getByRole('heading', { name: 'Planification', level: 2 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  // A new creatinine starts in µmol/L, as French labs report it.
  const unit = page.getByRole('radiogroup', { name: 'Unité de créatinine' });
  await expect(unit.getByRole('radio', { name: 'µmol/L' })).toBeChecked();

  await page.getByLabel('Âge').fill('80');
  await page.getByRole('radiogroup', { name: 'Sexe' }).getByText('Femme', { exact: true }).click();
  await page.getByRole('textbox', { name: 'Poids', exact: true }).fill('55');
  await unit.getByText('mg/dL', { exact: true }).click();
  await page.getByLabel('Créatinine sérique').fill('1,4');
  // The golden patient of spec §2.5 (F 80 y, 55 kg, 1.4 mg/dL): CrCl 27.8, eGFR 38.0 — with commas.
  const renal = page.getByLabel('Évaluation rénale');
  await expect(renal.getByTestId('crcl')).toHaveText('27,8');
  await expect(renal.getByTestId('egfr')).toHaveText('38,0');
  await expect(renal.getByText('Classe rénale :').locator('..')).toContainText('Insuffisance sévère');
  await expect(page.getByRole('alert').filter({ hasText: 'Plan bloqué' })).toBeVisible();

  // The link holds codes and numbers only: no French word, the creatinine as 1.4, the French profile.
  const url = new URL(page.url());
  expect(url.searchParams.get('scr')).toBe('1.4');
  expect(url.searchParams.get('scrUnit')).toBe('mg/dL');
  expect(url.searchParams.get('profile')).toBe('fr-2018');
  expect(url.search).not.toMatch(/%C3|Femme|fr-FR|lang/);
  expect(await seriousViolations(page)).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.foreignRequests).toEqual([]);
});

test('the header switches the language; the choice stays on the device, not in the address', async ({
  page,
}) => {
  await page.goto('/planner');
  await expect(page.getByRole('heading', { name: 'Planification', level: 2 })).toBeVisible();
  await page.getByRole('button', { name: /Langue et réglages locaux/ }).click();
  await page.getByText('English', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Planner', level: 2 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(page.url()).not.toMatch(/lang|locale/);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Planner', level: 2 })).toBeVisible();
  // The English choice keeps the French browser's other defaults only where the user chose them:
  // English starts a creatinine in mg/dL.
  await expect(
    page.getByRole('radiogroup', { name: 'Creatinine unit' }).getByRole('radio', { name: 'mg/dL' }),
  ).toBeChecked();
});
