/**
 * Export from the built app in Chromium, under the production CSP: the PDF library loads only on
 * click, the file downloads, and its text agrees with the rules module's plan for the same inputs.
 * Page 1 is also rendered to test-results/pdf-page1.png (pdftoppm) as a visual artefact.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { assessRenal, buildPlan } from '../../src/rules';
import { pdfTextContent } from '../unit/export-pdf/pdfTextContent';
import { plannerUrl, test, expect } from './fixtures';

const PLAN_URL =
  '/planner?age=60&sex=male&weightKg=80&scr=1.2&scrUnit=mg%2FdL&regimen=baclocur-80&start=2026-12-01';

/** The same plan the planner computes from PLAN_URL (see src/lib/plannerModel.ts). */
function expectedPlan() {
  const renal = assessRenal({
    ageYears: 60,
    sex: 'male',
    weightKg: 80,
    creatinine: { value: 1.2, unit: 'mg/dL' },
    onDialysis: false,
    weightBasis: 'auto',
  });
  return buildPlan({
    regimenId: 'baclocur-80',
    startDate: '2026-12-01',
    params: {},
    renal,
    profile: 'standard',
    mode: 'new',
  });
}

const PDF_CHUNK = /pdfmake|vfs_fonts|pdfRender|generatePrescriberPdf|generatePatientHandoutPdf/;

test('the prescriber PDF downloads, loads its library lazily and matches the plan', async ({
  page,
  problems,
}, testInfo) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto(PLAN_URL);
  const button = page.getByRole('button', { name: 'Prescriber PDF (A4)' });
  await expect(button).toBeEnabled();
  expect(scripts.filter((url) => PDF_CHUNK.test(url))).toEqual([]);

  const downloading = page.waitForEvent('download');
  await button.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(
    /^bacloplan-[A-Za-z-]+-prescriber-(a4|letter)-\d{4}-\d{2}-\d{2}\.pdf$/,
  );
  expect(scripts.some((url) => PDF_CHUNK.test(url))).toBe(true);

  const path = testInfo.outputPath('prescriber.pdf');
  await download.saveAs(path);
  const text = await pdfTextContent(new Uint8Array(readFileSync(path)));
  expect(text.pageSizes[0]!.width).toBeCloseTo(595.28, 0);
  expect(text.all).toContain('Baclofen for alcohol use disorder — plan');
  expect(text.all).toContain('74.1 mL/min');
  expect(text.all).toContain('69.2 mL/min/1.73 m²');
  expect(text.all).toContain(`Page ${text.pageCount} of ${text.pageCount}`);

  // Every day of the rules module's plan is a row whose total is the plan's total, once.
  const plan = expectedPlan();
  // The day-by-day table is the appendix (the prescription's step rows come first and are not days).
  const lines = text.pages.flat();
  const rows = lines
    .slice(lines.indexOf('Appendix — day-by-day schedule'))
    .filter((line) => /^\d+ .+ (Titration|Maintenance|Hold \(intolerance\)|Taper) /.test(line));
  expect(text.pages[0]!.join('\n')).toContain('Prescription — baclofen for alcohol use disorder');
  expect(rows).toHaveLength(plan.days.length);
  plan.days.forEach((day, index) => {
    expect(rows[index]).toMatch(new RegExp(`^${day.day} .* ${day.totalMg} mg$`));
  });
  expect(text.all).toContain(`Plan cap ${plan.capMgPerDay} mg/day`);

  // A picture of page 1 for people to look at (pdftoppm, from poppler-utils).
  if (existsSync('/usr/bin/pdftoppm')) {
    mkdirSync('test-results', { recursive: true });
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      path,
      'test-results/pdf-page1',
    ]);
    expect(existsSync('test-results/pdf-page1.png')).toBe(true);
  } else {
    testInfo.annotations.push({ type: 'skipped artefact', description: 'pdftoppm not installed' });
  }

  await expect(page.getByRole('status')).toHaveText('Prescriber PDF (A4) downloaded.');
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.foreignRequests).toEqual([]);
});

test('the patient handout downloads with the "never stop" warning and the doses', async ({
  page,
  problems,
}, testInfo) => {
  await page.goto(PLAN_URL);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Patient handout' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(
    /^bacloplan-[A-Za-z-]+-handout-(a4|letter)-\d{4}-\d{2}-\d{2}\.pdf$/,
  );
  const path = testInfo.outputPath('handout.pdf');
  await download.saveAs(path);
  const text = await pdfTextContent(new Uint8Array(readFileSync(path)));
  expect(text.pages[0]!.join('\n')).toContain('NEVER STOP BACLOFEN SUDDENLY');
  const plan = expectedPlan();
  const maxDose = Math.max(...plan.days.map((day) => day.totalMg));
  expect(text.all).toContain(`${maxDose} mg`);
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.foreignRequests).toEqual([]);
});

test('the US Letter copy is on Letter paper', async ({ page }, testInfo) => {
  await page.goto(PLAN_URL);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Prescriber PDF (US Letter)' }).click();
  const path = testInfo.outputPath('letter.pdf');
  await (await downloading).saveAs(path);
  const text = await pdfTextContent(new Uint8Array(readFileSync(path)));
  expect(text.pageSizes[0]).toEqual({ width: 612, height: 792 });
});

test('the prescriber details are typed once, survive a reload and go on the prescription page', async ({
  page,
  problems,
}, testInfo) => {
  await page.goto(PLAN_URL);
  const details = page.getByRole('group', { name: 'Prescription details' });
  await details.getByRole('textbox', { name: /^Prescriber/ }).fill('Dr Claire Fontaine');
  await details.getByRole('textbox', { name: /^Registration number/ }).fill('RPPS 10101010101');
  await details.getByRole('combobox', { name: /^Each fill covers/ }).selectOption('14');
  await page.reload();
  await expect(details.getByRole('textbox', { name: /^Prescriber/ })).toHaveValue('Dr Claire Fontaine');
  await expect(details.getByRole('combobox', { name: /^Each fill covers/ })).toHaveValue('14');
  // Nothing of it is in the address: it is the device's, not the plan's.
  expect(page.url()).not.toMatch(/Fontaine|RPPS/);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Prescriber PDF (A4)' }).click();
  const path = testInfo.outputPath('prescription.pdf');
  await (await downloading).saveAs(path);
  const text = await pdfTextContent(new Uint8Array(readFileSync(path)));
  const page1 = text.pages[0]!.join('\n');
  expect(page1).toContain('Prescription — baclofen for alcohol use disorder');
  expect(text.all).toContain('Dr Claire Fontaine');
  expect(text.all).toContain('RPPS 10101010101');
  expect(text.all).toContain('Quantity per fill (14 days each)');
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.foreignRequests).toEqual([]);
});

test('the calendar file downloads as .ics with the first dose', async ({ page }, testInfo) => {
  await page.goto(PLAN_URL);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Calendar file (.ics)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^bacloplan-no-patient-calendar-\d{4}-\d{2}-\d{2}\.ics$/);
  const path = testInfo.outputPath('plan.ics');
  await download.saveAs(path);
  const text = readFileSync(path, 'utf8');
  expect(text).toMatch(/^BEGIN:VCALENDAR/);
  expect(text).toContain('DTSTART;VALUE=DATE:20261201');
});

test('the handout of a 200-day plan is at most 10 pages, with a box for every day', async ({
  page,
}, testInfo) => {
  // rtu-300 to 150 mg/day, mild renal impairment, maintenance stretched so that the plan is 200 days.
  await page.goto(
    plannerUrl({
      age: 58,
      sex: 'male',
      weightKg: 72,
      scr: 1.3,
      scrUnit: 'mg/dL',
      regimen: 'rtu-300',
      start: '2026-12-01',
      params: { targetMgPerDay: 150, maintenanceDays: 76, taper: true },
    }),
  );
  await expect(page.getByText('Plan summary')).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Patient handout' }).click();
  const path = testInfo.outputPath('handout-200.pdf');
  await (await downloading).saveAs(path);
  const text = await pdfTextContent(new Uint8Array(readFileSync(path)));
  expect(text.pageCount).toBeLessThanOrEqual(10);
  const boxes = text.items.flat().filter((item) => item.text === '☐').length;
  expect(boxes).toBe(200 - 1); // every day with a dose; the last plan day is the first without baclofen
  expect(text.all).toContain('Blood test (kidney function)');
});
