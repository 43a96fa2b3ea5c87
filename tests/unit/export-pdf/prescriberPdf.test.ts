/**
 * The prescriber PDF, generated from real plans and read back with pdf.js: what a pharmacist dispenses
 * from must equal buildPlan to the milligram, on every day, with the disclaimer and page numbers on
 * every page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DISCLAIMER_TEXT } from '../../../src/components/Disclaimer';
import { generatePrescriberPdf } from '../../../src/features/export-pdf/generatePrescriberPdf';
import { describeDoseAsTablets, PHASE_LABEL } from '../../../src/lib/schedule';
import { getProduct, RULESET_VERSION, type PlanDay } from '../../../src/rules';
import type { PlanExportData } from '../../../src/lib/planExport';
import { exportData, HOSTILE_CASE, OVERRIDE_CASE, WORKED_PATIENTS, yearLongCase } from './fixtures';
import { pdfTextContent, type PdfText } from './pdfTextContent';

// Generation takes about a second, but the machine is shared: give slow runs room, not a flaky failure.
const GENERATION_TIMEOUT_MS = 60_000;

const SEVERITY_WORDS: Record<string, string> = {
  'hard-stop': 'HARD STOP',
  contraindicated: 'CONTRAINDICATED',
  major: 'MAJOR',
  moderate: 'MODERATE',
  minor: 'MINOR',
  compatible: 'COMPATIBLE',
  info: 'INFO',
};

/** The schedule's date format, built independently of the code under test. */
function scheduleDate(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));
}

const ROW = /^(\d+) (.+?) (Titration|Maintenance|Hold \(intolerance\)|Taper) (.*)$/;

/** Schedule rows by plan day: the row's line and the line under it (tablets, change marker). */
function scheduleRows(text: PdfText): Map<number, { line: string; next: string; page: number }[]> {
  const rows = new Map<number, { line: string; next: string; page: number }[]>();
  text.pages.forEach((lines, pageIndex) => {
    const start = lines.findIndex((line) => line.startsWith('Day Date Phase '));
    if (start < 0) return;
    for (let index = start + 1; index < lines.length; index++) {
      const line = lines[index] ?? '';
      const match = ROW.exec(line);
      if (!match) continue;
      const day = Number(match[1]);
      rows.set(day, [...(rows.get(day) ?? []), { line, next: lines[index + 1] ?? '', page: pageIndex + 1 }]);
    }
  });
  return rows;
}

function expectedDoseCells(day: PlanDay, labels: string[]): string {
  const byLabel = new Map(
    day.administrations.map((administration) => [administration.label, administration.mg]),
  );
  return labels
    .map((label) => {
      const mg = byLabel.get(label);
      return mg && mg > 0 ? `${mg} mg` : '—';
    })
    .join(' ');
}

function labelsOf(data: PlanExportData): string[] {
  const labels: string[] = [];
  for (const day of data.plan.days)
    for (const administration of day.administrations)
      if (!labels.includes(administration.label)) labels.push(administration.label);
  return labels;
}

function expectEveryPageFramed(text: PdfText) {
  text.pages.forEach((lines, index) => {
    const page = lines.join('\n');
    expect(page, `page ${index + 1} footer`).toContain(`Page ${index + 1} of ${text.pageCount}`);
    // The disclaimer wraps over two lines; its words must all be there in order.
    expect(page.replace(/\s+/g, ' '), `page ${index + 1} disclaimer`).toContain(DISCLAIMER_TEXT);
  });
}

function expectScheduleMatchesPlan(data: PlanExportData, text: PdfText) {
  const rows = scheduleRows(text);
  const labels = labelsOf(data);
  const product = getProduct(data.plan.summary?.effective?.product ?? '');
  for (const day of data.plan.days) {
    const found = rows.get(day.day) ?? [];
    expect(found, `day ${day.day} appears exactly once`).toHaveLength(1);
    const row = found[0]!;
    expect(row.line).toBe(
      `${day.day} ${scheduleDate(day.date, data.locale)} ${PHASE_LABEL[day.phase]} ${expectedDoseCells(day, labels)} ${day.totalMg} mg`,
    );
    if (product && product.id === 'tablet-10-scored') {
      const tablets = day.administrations
        .filter((administration) => administration.mg > 0)
        .map((administration) => describeDoseAsTablets(administration.mg, product))
        .join(' ');
      expect(row.next.startsWith(tablets), `day ${day.day} tablets "${row.next}"`).toBe(true);
    }
  }
}

describe('prescriber PDF for the worked patients of spec §2.5', () => {
  for (const testCase of WORKED_PATIENTS) {
    describe(testCase.name, () => {
      let data: PlanExportData;
      let text: PdfText;
      beforeAll(async () => {
        data = exportData(testCase);
        text = await pdfTextContent(await generatePrescriberPdf(data, { paper: 'a4' }));
      }, GENERATION_TIMEOUT_MS);

      it('frames every page with the disclaimer and "Page X of Y", on A4', () => {
        expectEveryPageFramed(text);
        for (const size of text.pageSizes) {
          expect(size.width).toBeCloseTo(595.28, 0);
          expect(size.height).toBeCloseTo(841.89, 0);
        }
        expect(text.all).toContain(`bacloplan ruleset ${RULESET_VERSION}`);
      });

      it('identifies the patient, or says none is selected, and has a signature line', () => {
        if (testCase.patient) {
          expect(text.pages[0]!.join('\n')).toContain(testCase.patient.name);
          if (testCase.patient.identifier) expect(text.all).toContain(testCase.patient.identifier);
          // The banner's facts on page 1: allergies (or that none are recorded) and the weight used.
          const page1 = text.pages[0]!.join('\n');
          const { allergies, weight } = testCase.patient;
          if (allergies) {
            expect(page1).toContain(
              allergies.length ? `Allergies: ${allergies.join(', ')}` : 'none recorded',
            );
          }
          if (weight) expect(page1).toMatch(new RegExp(`Weight used: ${weight.kg} kg \\(chart, `));
        } else {
          expect(text.pages[0]!.join('\n')).toContain('No patient selected');
        }
        expect(text.all).toMatch(/Prescriber Registration number Signature Date/);
        if (testCase.prescriberName) expect(text.all).toContain(testCase.prescriberName);
      });

      it('shows both renal estimators, the band by each, the band used and the dose factor', () => {
        const renal = data.renal!;
        expect(text.all).toContain(`${renal.crclMlMin.toFixed(1)} mL/min`);
        expect(text.all).toContain(`${renal.egfrMlMin173.toFixed(1)} mL/min/1.73 m²`);
        expect(text.all).toMatch(/Band used: (normal|mild impairment|moderate impairment|severe impairment)/);
        expect(text.all).toContain('Decided by:');
        expect(text.all).toContain('Dose factor:');
        if (testCase.renalInput.creatinine.unit === 'umol/L') {
          expect(text.all).toContain(`${testCase.renalInput.creatinine.value} µmol/L (= `);
        } else {
          expect(text.all).toContain(`${testCase.renalInput.creatinine.value} mg/dL (= `);
        }
      });

      it('lists every finding with its severity as a word, and every monitoring item', () => {
        const findings = [...data.plan.findings, ...data.renal!.findings, ...data.interactions.findings];
        for (const finding of findings) {
          expect(text.all, finding.ruleId).toContain(finding.ruleId);
        }
        for (const severity of new Set(findings.map((finding) => finding.severity))) {
          expect(text.all).toContain(SEVERITY_WORDS[severity]);
        }
        for (const unrecognized of data.interactions.unrecognized) {
          expect(text.all).toContain(`NOT CHECKED: ${unrecognized}`);
        }
      });

      it('matches buildPlan on every day of the schedule, with repeated headers', () => {
        if (data.plan.blocked) {
          expect(text.all).toContain('NO SCHEDULE — THE PLAN IS BLOCKED BY A HARD STOP');
          expect(scheduleRows(text).size).toBe(0);
          return;
        }
        expectScheduleMatchesPlan(data, text);
        const pagesWithRows = new Set([...scheduleRows(text).values()].flat().map((row) => row.page));
        for (const page of pagesWithRows) {
          expect(text.pages[page - 1]!.some((line) => line.startsWith('Day Date Phase '))).toBe(true);
        }
      });

      it('prints the caps and the tablets to dispense', () => {
        if (data.plan.blocked) return;
        expect(text.all).toContain(`Plan cap ${data.plan.capMgPerDay} mg/day`);
        for (const line of data.plan.summary!.dispense) {
          expect(text.all).toContain(`${line.count} ${line.unit === 'mL' ? 'mL' : 'tablets'}`);
        }
      });
    });
  }
});

describe('prescriber PDF with an override', () => {
  it(
    'puts the override and its reason in a banner on page 1',
    async () => {
      const data = exportData(OVERRIDE_CASE);
      expect(data.plan.blocked).toBe(false);
      const text = await pdfTextContent(await generatePrescriberPdf(data, { paper: 'letter' }));
      const page1 = text.pages[0]!.join('\n');
      expect(page1).toContain('OVERRIDE — THE RENAL HARD STOP WAS OVERRIDDEN BY THE PRESCRIBER');
      expect(page1).toContain(`Reason recorded: “${OVERRIDE_CASE.planInput!.override!.reason}”`);
      expect(text.all).toContain('plan.override-renal');
      expect(text.all).toContain('HARD STOP');
      expect(text.pageSizes[0]).toEqual({ width: 612, height: 792 });
      expectEveryPageFramed(text);
      expectScheduleMatchesPlan(data, text);
    },
    GENERATION_TIMEOUT_MS,
  );
});

describe('prescriber PDF for other products and splits', () => {
  it(
    'Baclocur tablets, four doses a day, on US Letter',
    async () => {
      const data = exportData({
        ...WORKED_PATIENTS[4]!,
        planInput: { params: { product: 'baclocur', dosesPerDay: 4 } },
      });
      const text = await pdfTextContent(await generatePrescriberPdf(data, { paper: 'letter' }));
      expect(text.all).toContain('Day Date Phase Morning Noon Evening Bedtime Total / day');
      expectScheduleMatchesPlan(data, text);
      expect(text.all).toContain('Baclocur 10/20/30/40 mg tablets');
      expectEveryPageFramed(text);
    },
    GENERATION_TIMEOUT_MS,
  );

  it(
    'oral solution in mL',
    async () => {
      const data = exportData({
        ...WORKED_PATIENTS[1]!,
        planInput: { params: { product: 'oral-solution-1mg-ml' } },
      });
      const text = await pdfTextContent(await generatePrescriberPdf(data, { paper: 'a4' }));
      expectScheduleMatchesPlan(data, text);
      const first = data.plan.days[0]!.administrations.find((administration) => administration.mg > 0)!;
      expect(text.all).toContain(`${first.mg} mL`);
      const dispense = data.plan.summary!.dispense[0]!;
      expect(dispense.unit).toBe('mL');
      expect(text.all).toContain(`${dispense.count} mL`);
    },
    GENERATION_TIMEOUT_MS,
  );
});

describe('prescriber PDF of a 365-day plan', () => {
  let data: PlanExportData;
  let text: PdfText;
  beforeAll(async () => {
    data = exportData(yearLongCase());
    text = await pdfTextContent(await generatePrescriberPdf(data, { paper: 'a4' }));
  }, GENERATION_TIMEOUT_MS);

  it('is a year long and paginates with the header row on every schedule page', () => {
    expect(data.plan.days).toHaveLength(365);
    const rows = scheduleRows(text);
    const pages = new Set([...rows.values()].flat().map((row) => row.page));
    expect(pages.size).toBeGreaterThan(1);
    for (const page of pages) {
      const lines = text.pages[page - 1]!;
      expect(lines.some((line) => line.startsWith('Day Date Phase Morning Noon Evening Total / day'))).toBe(
        true,
      );
    }
    expectEveryPageFramed(text);
  });

  it('has every day exactly once, whole, with first, last and phase-change days right', () => {
    expectScheduleMatchesPlan(data, text);
    const rows = scheduleRows(text);
    const days = data.plan.days;
    const transitions = days.filter((day, index) => index > 0 && days[index - 1]!.phase !== day.phase);
    expect(transitions.length).toBeGreaterThanOrEqual(2);
    for (const day of [days[0]!, days.at(-1)!, ...transitions]) {
      expect(rows.get(day.day)?.[0]?.line).toContain(
        `${scheduleDate(day.date, data.locale)} ${PHASE_LABEL[day.phase]}`,
      );
    }
  });

  it('lists the clinician’s changes (longer maintenance, a taper) among the changed parameters', () => {
    const keys = data.plan.summary!.changedParams.map((change) => change.key);
    expect(keys).toContain('maintenanceDays');
    expect(text.all).toContain('Maintenance (days)');
    expect(data.plan.days.at(-1)!.phase).toBe('taper');
  });
});

describe('text from outside stays text', () => {
  it(
    'prints markup in names and medications literally',
    async () => {
      const data = exportData(HOSTILE_CASE);
      const text = await pdfTextContent(await generatePrescriberPdf(data, { paper: 'a4' }));
      expect(text.all).toContain('<script>alert(1)</script>');
      expect(text.all).toContain('{"text":"injected"}');
      expect(text.all).toContain('<b>Dr</b> ${evil}');
      expect(text.all).toContain('<img src=x onerror=alert(1)>');
    },
    GENERATION_TIMEOUT_MS,
  );

  it(
    'sets arrows in the symbol font rather than leaving blank boxes',
    async () => {
      const data = exportData(WORKED_PATIENTS[0]!);
      const text = await pdfTextContent(await generatePrescriberPdf(data, { paper: 'a4' }));
      const items = text.items.flat();
      const arrow = items.find((item) => item.text.includes('→'));
      const body = items.find((item) => item.text.startsWith('regimen '));
      expect(arrow).toBeDefined();
      expect(body).toBeDefined();
      expect(arrow!.fontName).not.toBe(body!.fontName);
    },
    GENERATION_TIMEOUT_MS,
  );
});
