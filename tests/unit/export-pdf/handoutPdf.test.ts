/**
 * The patient handout, read back with pdf.js: "never stop suddenly" up front, a calendar that agrees
 * with buildPlan to the milligram, large type, whom to call, the disclaimer on every page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DISCLAIMER_TEXT } from '../../../src/components/Disclaimer';
import { generatePatientHandoutPdf } from '../../../src/features/export-pdf/generatePatientHandoutPdf';
import { doseSteps, patientDoseText } from '../../../src/features/export-pdf/handoutCalendar';
import { PATIENT_FOOTER } from '../../../src/features/export-pdf/handoutDocument';
import { getProduct } from '../../../src/rules';
import type { PlanExportData } from '../../../src/lib/planExport';
import { exportData, planOfLength, SEVEN_MONTHS_BASE, WORKED_PATIENTS, yearLongCase } from './fixtures';
import { pdfTextContent, type PdfText } from './pdfTextContent';

const GENERATION_TIMEOUT_MS = 60_000;

function calendarDate(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));
}

/** "Your doses": a row per step with the mg of each time and the day's total, then the tablets. */
function expectDoseStepsMatchPlan(data: PlanExportData, text: PdfText) {
  const lines = text.pages.flat();
  const product = getProduct(data.plan.summary!.effective!.product)!;
  const labels = [...new Set(data.plan.days.flatMap((day) => day.administrations.map((dose) => dose.label)))];
  for (const step of doseSteps(data.plan.days)) {
    const byLabel = new Map(step.administrations.map((dose) => [dose.label, dose.mg]));
    const cells = labels.map((label) => ((byLabel.get(label) ?? 0) > 0 ? `${byLabel.get(label)} mg` : '—'));
    const expected = `${calendarDate(step.firstDate, data.locale)} ${cells.join(' ')} ${step.totalMg} mg`;
    const index = lines.indexOf(expected);
    expect(index, expected).toBeGreaterThanOrEqual(0);
    const tablets = labels
      .map((label) => byLabel.get(label) ?? 0)
      .filter((mg) => mg > 0)
      .map((mg) => patientDoseText(mg, product))
      .join(' ');
    const until =
      step.firstDate === step.lastDate ? '(1 day)' : `to ${calendarDate(step.lastDate, data.locale)}`;
    expect(lines[index + 1]).toBe(`${until} ${tablets}`);
  }
}

/** "Tick each day": a box for every dosed day, the changes, blood tests and review written on their day. */
function expectTickCalendar(data: PlanExportData, text: PdfText) {
  const words = text.items.flat().map((item) => item.text);
  const dosed = data.plan.days.filter((day) => day.totalMg > 0);
  expect(words.filter((word) => word === '☐')).toHaveLength(dosed.length);
  const changes = doseSteps(data.plan.days).length - 1;
  const joined = text.all.replace(/\s+/g, ' ');
  // Each change on its day, in one word: up, down, or another split of the same total.
  const changeWords = words.filter((word) => word === 'higher' || word === 'lower' || word === 'change');
  expect(changeWords).toHaveLength(changes);
  if (data.plan.summary?.taperEnd) expect(joined).toContain('no more baclofen');
  const bloodTests = (data.plan.monitoring ?? []).filter((entry) => entry.ruleId === 'monitor.creatinine');
  expect(joined.match(/blood test(?! \()/g)?.length ?? 0).toBe(bloodTests.length);
}

function expectPatientFrame(text: PdfText) {
  text.pages.forEach((lines, index) => {
    const page = lines.join(' ').replace(/\s+/g, ' ');
    expect(page).toContain(PATIENT_FOOTER);
    expect(page).not.toContain(DISCLAIMER_TEXT);
    expect(page).toContain(`Page ${index + 1} of ${text.pageCount}`);
  });
}

describe('patient handout', () => {
  let data: PlanExportData;
  let text: PdfText;
  beforeAll(async () => {
    data = exportData(WORKED_PATIENTS[0]!);
    text = await pdfTextContent(await generatePatientHandoutPdf(data, { paper: 'a4' }));
  }, GENERATION_TIMEOUT_MS);

  it('says never to stop suddenly on page 1, and whom to call', () => {
    const page1 = text.pages[0]!.join('\n');
    expect(page1).toContain('NEVER STOP BACLOFEN SUDDENLY');
    expect(page1).toContain('call your prescriber first');
    const all = text.all.replace(/\s+/g, ' ');
    expect(all).toContain('Your prescriber: Dr Élodie Martin');
    expect(all).toContain('EMERGENCY: call your local emergency');
    expect(all).toContain('Alcohol: baclofen and alcohol together');
    expect(all).toContain('Driving: do not drive');
  });

  it('has the dose steps and a tick box for every day, matching buildPlan', () => {
    expectDoseStepsMatchPlan(data, text);
    expectTickCalendar(data, text);
    // The plan ends with a review, so the handout must say to carry on.
    expect(text.all).toMatch(/Keep taking 50 mg a day[\s\S]*Do not stop\./);
  });

  it('prints body text in large type (≥ 14 pt) and frames every page', () => {
    text.items.forEach((items, pageIndex) => {
      const height = text.pageSizes[pageIndex]!.height;
      // Header (top 44 pt) and footer (bottom 60 pt) are not body text.
      const body = items.filter((item) => item.top > 44 && item.top < height - 60 && item.text.trim() !== '');
      for (const item of body) expect(item.fontSize, `"${item.text}"`).toBeGreaterThanOrEqual(14);
    });
    expectPatientFrame(text);
  });

  it('is not produced for a blocked plan', async () => {
    const blocked = exportData(WORKED_PATIENTS[3]!);
    expect(blocked.plan.blocked).toBe(true);
    await expect(generatePatientHandoutPdf(blocked, { paper: 'a4' })).rejects.toThrow(/blocked/);
  });
});

describe('patient handout of a 365-day plan', () => {
  it(
    'lists every dose step, has a box for every day, and ends the taper',
    async () => {
      const data = exportData(yearLongCase());
      const text = await pdfTextContent(await generatePatientHandoutPdf(data, { paper: 'letter' }));
      expect(text.pageSizes[0]).toEqual({ width: 612, height: 792 });
      expectDoseStepsMatchPlan(data, text);
      expectTickCalendar(data, text);
      expectPatientFrame(text);
      expect(text.all.replace(/\s+/g, ' ')).toContain('you take no more baclofen');
      // Month grids: at most one page per month of the plan.
      expect(text.pageCount).toBeLessThanOrEqual(3 + 13);
    },
    GENERATION_TIMEOUT_MS,
  );
});

describe('patient handout of a 200-day plan (7 months, mild renal impairment)', () => {
  it(
    'is at most 10 pages, with the blood tests and the review on their days',
    async () => {
      const data = exportData(planOfLength(200, SEVEN_MONTHS_BASE));
      expect(data.plan.days).toHaveLength(200);
      const text = await pdfTextContent(await generatePatientHandoutPdf(data, { paper: 'a4' }));
      expect(text.pageCount).toBeLessThanOrEqual(10);
      expectDoseStepsMatchPlan(data, text);
      expectTickCalendar(data, text);
      const bloodTests = (data.plan.monitoring ?? []).filter(
        (entry) => entry.ruleId === 'monitor.creatinine',
      );
      expect(bloodTests.length).toBeGreaterThan(1);
      for (const entry of bloodTests) {
        expect(text.all).toContain(`${calendarDate(entry.date, data.locale)}: Blood test (kidney function)`);
      }
    },
    GENERATION_TIMEOUT_MS,
  );
});
