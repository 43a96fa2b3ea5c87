/**
 * Safe at the point of care (issue 16), as a prescriber works: the right patient on the page and on the
 * draft, nothing identifying or clinical in an address, decisions never taken from a link, every field
 * error at once, and nothing typed lost on a reload.
 */
import { addMedication, expect, plannerUrl, seriousViolations, test } from './fixtures';

const SEVERE = plannerUrl({
  age: 80,
  sex: 'female',
  weightKg: 55,
  scr: 1.4,
  scrUnit: 'mg/dL',
  regimen: 'addolorato-30',
  start: '2026-12-01',
});

test('a plan from a chart: whose it is on the page, nothing of it in the address, and its draft says whose it is', async ({
  page,
  problems,
}) => {
  await page.goto('/patients/demo-14');
  await expect(page.getByRole('heading', { level: 2, name: 'Emma Roux' })).toBeVisible();
  await page.getByRole('link', { name: 'Plan from chart' }).click();
  await expect(page).toHaveURL(/\/planner\?/);
  const banner = page.getByTestId('patient-banner');
  await expect(banner).toContainText('Planning for Emma Roux');
  await expect(banner).toContainText('MRN BP-100114');
  await expect(banner).toContainText('Allergies: none recorded');
  // The chart's diagnosis and medication reached the planner by name…
  const meds = page.getByRole('region', { name: /Medications & conditions/ });
  await expect(meds.getByRole('group', { name: 'Condition entered' })).toContainText('Pregnant, 14 weeks');
  await expect(meds.getByRole('group', { name: 'Medication entered' })).toContainText(/folic/i);
  // …but the address carries ids and codes only, and stays short.
  const address = decodeURIComponent(page.url());
  for (const text of ['Emma', 'Roux', 'BP-100114', 'Pregnan', 'weeks', 'folic', 'Folic']) {
    expect(address).not.toContain(text);
  }
  expect(page.url().length).toBeLessThan(2000);
  // The contraindication must be acknowledged before anything is printed or saved.
  await expect(page.getByText(/Print, export and save are locked/)).toBeVisible();
  await expect(page.getByText(/Draft saved on this device/)).toBeVisible();
  const ack = page.getByRole('alert').filter({ hasText: 'Contraindicated — acknowledge' });
  await ack.getByRole('textbox').fill('Termination planned, obstetrics agree');
  await ack.getByRole('button', { name: 'Acknowledge' }).click();
  // Focus lands where print and export now are, not on the page's body; whose plan is said there too.
  await expect(page.getByRole('heading', { name: 'Plan summary' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
  await expect(page.getByTestId('actions-patient')).toContainText('For Emma Roux, born');
  await expect(page.getByRole('article', { name: /Acknowledged by the prescriber/ })).toBeVisible();
  // Printing shows whose plan and the plan itself, not the form it was built with.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('patient-banner')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Day-by-day schedule' })).toBeVisible();
  await expect(page.getByRole('region', { name: /Patient & renal/ })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // The next patient on this PC opens the planner: nothing of Emma's plan shows, and the offer says whose.
  await page.getByRole('link', { name: 'Planner' }).first().click();
  await expect(page).toHaveURL(/\/planner$/);
  const offer = page.getByRole('status').filter({ hasText: 'A draft is saved on this device' });
  await expect(offer).toContainText('for Emma Roux');
  await expect(offer).toContainText('MRN BP-100114');
  await expect(page.getByRole('textbox', { name: 'Age' })).toHaveValue('');
  await expect(page.getByTestId('patient-banner')).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
});

test('a link never sets an override: it is named as refused and the hard stop stays', async ({ page }) => {
  await page.goto(`${SEVERE}&override=${encodeURIComponent('"Specialist agreed, trust me"')}`);
  await expect(
    page.getByRole('alert').filter({ hasText: 'This link tried to set what only this page can' }),
  ).toContainText('override reason');
  await expect(page.getByRole('alert').filter({ hasText: 'Plan blocked' })).toBeVisible();
  await expect(page.getByLabel('Reason for override')).toHaveValue('');
  await expect(page.getByRole('table', { name: 'Day-by-day schedule' })).toHaveCount(0);
});

test('a colleague’s link: coded medications come with it, free text is named as missing', async ({
  page,
  browser,
}) => {
  await page.goto(plannerUrl({ age: 60, sex: 'male', weightKg: 80, scr: 1.2, start: '2026-12-01' }));
  await addMedication(page, 'Xanax 0.5 mg');
  await addMedication(page, 'grandmother’s herbal tea');
  await expect(page).toHaveURL(/medCodes/);
  const link = page.url();
  expect(decodeURIComponent(link)).not.toMatch(/Xanax|herbal/);

  const colleague = await browser.newContext();
  const other = await colleague.newPage();
  await other.goto(link);
  const notice = other
    .getByRole('alert')
    .filter({ hasText: 'Not every medication or condition came with this link' });
  await expect(notice).toContainText('1 entry');
  const entered = other.getByRole('group', { name: 'Medication entered' });
  await expect(entered).toContainText(/alprazolam|RxNorm/i);
  await expect(entered).not.toContainText('herbal');
  await expect(other.getByRole('article', { name: /alprazolam/i }).first()).toBeVisible();
  await colleague.close();
});

test('every field error shows at once, next to its field', async ({ page }) => {
  await page.goto('/planner');
  await page.getByRole('textbox', { name: 'Age' }).fill('200');
  await page.getByRole('textbox', { name: /^Weight/ }).fill('5');
  await page.getByLabel(/Serum creatinine/).fill('1.1');
  const renal = page.getByRole('region', { name: /Patient & renal/ });
  await expect(renal.getByText(/Age must be/)).toBeVisible();
  await expect(renal.getByText(/Weight must be/)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Age' })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('textbox', { name: /^Weight/ })).toHaveAttribute('aria-invalid', 'true');
});

test('text typed but not yet submitted survives a reload: an override reason, a medication not yet added', async ({
  page,
}) => {
  await page.goto(SEVERE);
  const reason = page.getByLabel('Reason for override');
  await reason.fill('Nephrology agreed by phone, written note');
  const medication = page.getByRole('combobox', { name: 'Medication' });
  await medication.fill('zolpi');
  await page.reload();
  await expect(page.getByLabel('Reason for override')).toHaveValue(
    'Nephrology agreed by phone, written note',
  );
  await expect(page.getByRole('combobox', { name: 'Medication' })).toHaveValue('zolpi');
  // Still a decision to make: nothing was applied by the reload.
  await expect(page.getByRole('table', { name: 'Day-by-day schedule' })).toHaveCount(0);
  // "New plan" forgets it.
  await page.getByRole('button', { name: 'New plan' }).click();
  await page.getByRole('button', { name: 'Set aside and start new' }).click();
  await expect(page.getByRole('combobox', { name: 'Medication' })).toHaveValue('');
});

test('two drafts on the device: the empty planner lists both, each with whose it is, and neither is lost', async ({
  page,
}) => {
  for (const [id, name] of [
    ['demo-14', 'Emma Roux'],
    ['demo-03', 'Henri Lefèvre'],
  ] as const) {
    await page.goto(`/patients/${id}`);
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    await page.getByRole('link', { name: 'Plan from chart' }).click();
    await expect(page.getByTestId('patient-banner')).toContainText(`Planning for ${name}`);
    // The first plan's draft is saved; the second sets it aside (and is saved in its place).
    await expect(
      page.getByText(id === 'demo-14' ? /Draft saved on this device/ : /Your earlier draft was set aside/),
    ).toBeVisible();
    await page.waitForTimeout(600);
  }
  await page.goto('/planner');
  const offer = page.getByRole('status').filter({ hasText: 'Two drafts are saved on this device' });
  await expect(offer).toContainText(/Latest: .*for Henri Lefèvre/);
  await expect(offer).toContainText(/Set aside earlier: .*for Emma Roux/);
  await offer.getByRole('button', { name: 'Continue the earlier one' }).click();
  await expect(page.getByTestId('patient-banner')).toContainText('Planning for Emma Roux');
  await page.goto('/planner');
  const again = page.getByRole('status').filter({ hasText: 'Two drafts are saved on this device' });
  await expect(again).toContainText(/Latest: .*for Emma Roux/);
  await expect(again).toContainText(/Set aside earlier: .*for Henri Lefèvre/);
});

test('unit first: 150 typed as mg/dL asks the unit at the field, before any band, hard stop or override', async ({
  page,
}) => {
  await page.goto(
    plannerUrl({ age: 72, sex: 'male', weightKg: 70, regimen: 'addolorato-30', start: '2026-12-01' }),
  );
  const creatinine = page.getByLabel(/Serum creatinine/);
  await creatinine.fill('150');
  const question = page.getByRole('alert').filter({ hasText: /Unit question/ });
  await expect(question).toBeVisible();
  await expect(question).toContainText('almost certainly a value in µmol/L');
  // Nothing computed from the doubtful unit shows meanwhile: no band, no hard stop, no override form.
  await expect(
    page.getByText('CrCl, eGFR and the renal band are shown once the creatinine unit is answered.'),
  ).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Plan blocked — hard stop' })).toHaveCount(0);
  // (The one stop shown is the unit question itself; the severe-band stop it would imply is not.)
  await expect(page.getByText('renal.severe-hard-stop')).toHaveCount(0);
  await expect(page.getByTestId('crcl')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Override and plan' })).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Day-by-day schedule' })).toHaveCount(0);
  // Answered with the other unit: the plan follows, from 150 µmol/L.
  await question.getByRole('button', { name: /^Use µmol\/L/ }).click();
  await expect(page.getByTestId('crcl')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Day-by-day schedule' })).toBeVisible();

  // On the chart too: the question comes with its two answers before anything else about the kidneys.
  await page.goto('/patients/demo-17');
  await expect(page.getByText('Creatinine unit question — Is this µmol/L?').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Plan with 150 µmol/L' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Plan with 150 mg/dL as recorded' })).toBeVisible();
});
