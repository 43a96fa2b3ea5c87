/**
 * The prescription page of the prescriber PDF, read back from the PDF with pdf.js and checked against
 * buildPlan (through the prescription model) for the worked patients, an override and a year-long
 * plan: every step's directions and daily total in order, each fill's quantity, the label text, the
 * prescriber block, and directions without error-prone abbreviations (USP ⟨17⟩).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generatePrescriberPdf } from '../../../src/features/export-pdf/generatePrescriberPdf';
import { LABEL_TEXT } from '../../../src/features/export-pdf/prescriptionPage';
import { formatMediumDate } from '../../../src/features/export-pdf/pdfFormat';
import { buildPrescription, quantityText, type Prescription } from '../../../src/lib/prescription';
import type { PlanExportData } from '../../../src/lib/planExport';
import { exportData, OVERRIDE_CASE, WORKED_PATIENTS, yearLongCase, type ExportCase } from './fixtures';
import { pdfTextContent, type PdfText, type PdfTextItem } from './pdfTextContent';

const TIMEOUT_MS = 60_000;
const PLAN_TITLE = 'Baclofen for alcohol use disorder — plan';

/** The pages of the prescription: those before the plan's own title page. */
function prescriptionPages(text: PdfText): number[] {
  const planPage = text.pages.findIndex((lines) => lines.includes(PLAN_TITLE));
  return [...Array(planPage).keys()];
}

interface Columns {
  directions: [number, number];
  daily: [number, number];
}

/** Items of one table column on one page, below its header row and above the next section. */
function column(
  items: readonly PdfTextItem[],
  [from, to]: [number, number],
  headerTop: number,
  endTop: number,
) {
  return items
    .filter(
      (item) => item.left >= from - 1 && item.left < to - 1 && item.top > headerTop + 2 && item.top < endTop,
    )
    .sort((a, b) => a.top - b.top || a.left - b.left);
}

function stepColumns(text: PdfText): { directions: string; daily: string[] } {
  const directions: string[] = [];
  const daily: string[] = [];
  for (const page of prescriptionPages(text)) {
    const items = text.items[page]!;
    const header = items.find((item) => item.text === 'Directions');
    if (!header) continue;
    const tablets = items.find(
      (item) => /^(Tablets|mL)\b/.test(item.text) && Math.abs(item.top - header.top) < 2,
    );
    const total = items.find((item) => item.text === 'Daily total' && Math.abs(item.top - header.top) < 2);
    if (!tablets || !total) throw new Error(`page ${page + 1}: step table header incomplete`);
    const end =
      items.find(
        (item) => item.top > header.top && /^(Quantity per fill|More than 4 tablets)/.test(item.text),
      )?.top ?? Number.POSITIVE_INFINITY;
    const columns: Columns = {
      directions: [header.left, tablets.left],
      daily: [total.left, total.left + 200],
    };
    directions.push(...column(items, columns.directions, header.top, end).map((item) => item.text));
    daily.push(
      ...column(items, [total.left - 20, total.left + 200], header.top, end)
        .map((item) => item.text.replace(/\u00a0/g, ' '))
        .filter((value) => /mg$/.test(value)),
    );
  }
  return { directions: directions.join(' ').replace(/\s+/g, ' ').trim(), daily };
}

function range(from: string, to: string, locale: string): string {
  return from === to
    ? formatMediumDate(from, locale)
    : `${formatMediumDate(from, locale)} – ${formatMediumDate(to, locale)}`;
}

const CASES: ExportCase[] = [...WORKED_PATIENTS, OVERRIDE_CASE, yearLongCase()];

describe('the prescription page, read back from the PDF', () => {
  for (const testCase of CASES) {
    describe(testCase.name, () => {
      let data: PlanExportData;
      let text: PdfText;
      let prescription: Prescription | undefined;
      beforeAll(async () => {
        data = { ...exportData(testCase), prescriberRegistration: 'RPPS 10001234567', fillDays: 28 };
        text = await pdfTextContent(await generatePrescriberPdf(data, { paper: 'a4' }));
        prescription = buildPrescription(data.plan, 28);
      }, TIMEOUT_MS);

      it('comes first, with the patient and the renal function', () => {
        const page1 = text.pages[0]!.join('\n');
        expect(text.pages[0]![0]).toContain('Baclofen plan — prescriber copy');
        expect(page1).toContain('Prescription — baclofen for alcohol use disorder');
        if (testCase.patient) expect(page1).toContain(testCase.patient.name);
        expect(page1).toContain(`CrCl ${data.renal!.crclMlMin.toFixed(1)} mL/min`);
        expect(page1).toContain(`eGFR ${data.renal!.egfrMlMin173.toFixed(1)} mL/min/1.73 m²`);
      });

      it('lists every step of buildPlan, in order, with its directions and daily total', () => {
        if (data.plan.blocked) {
          expect(prescription).toBeUndefined();
          expect(text.all).toContain('NO SCHEDULE — THE PLAN IS BLOCKED BY A HARD STOP');
          expect(text.all).not.toContain('Quantity per fill');
          return;
        }
        if (!prescription) throw new Error('no prescription');
        const pages = prescriptionPages(text)
          .map((page) => text.pages[page]!.join('\n'))
          .join('\n');
        expect(pages).toContain(`Product: ${prescription.productText}, by mouth.`);
        const read = stepColumns(text);
        expect(read.directions).toBe(prescription.steps.map((step) => step.directions).join(' '));
        expect(read.daily).toEqual(prescription.steps.map((step) => `${step.dailyMg} mg`));
        // The steps cover every dosed day of the plan exactly once.
        const dosedDays = data.plan.days.filter((day) => day.totalMg > 0).length;
        expect(prescription.steps.reduce((sum, step) => sum + step.days, 0)).toBe(dosedDays);
        const first = prescription.steps[0]!;
        expect(pages).toContain(range(first.from, first.to, data.locale));
      });

      it('gives the quantity for each 28-day fill, and totals that cover the plan', () => {
        if (!prescription) return;
        const pages = prescriptionPages(text)
          .map((page) => text.pages[page]!)
          .flat();
        expect(pages).toContain('Quantity per fill (28 days each)');
        for (const fill of prescription.fills) {
          expect(pages).toContain(
            `${fill.number} ${range(fill.from, fill.to, data.locale)} ${quantityText(fill.quantity)}`,
          );
        }
        const count = prescription.fills.length;
        expect(pages).toContain(
          `Total ${count} ${count === 1 ? 'fill' : 'fills'} ${quantityText(prescription.total)}`,
        );
        expect(count).toBe(Math.ceil(data.plan.days.filter((day) => day.totalMg > 0).length / 28));
        for (const line of data.plan.summary!.dispense) {
          const total = prescription.total.find((item) => item.strengthMg === line.strengthMg)!;
          // Each fill rounds up to whole tablets: at most one more tablet per fill than the whole plan.
          expect(total.count).toBeGreaterThanOrEqual(line.count);
          expect(total.count).toBeLessThanOrEqual(line.count + count);
        }
      });

      it('prints the label text and the prescriber block with the registration number', () => {
        if (!prescription) return;
        const pages = prescriptionPages(text)
          .map((page) => text.pages[page]!.join('\n'))
          .join('\n');
        for (const line of LABEL_TEXT) expect(pages).toContain(line);
        expect(pages).toMatch(/Prescriber Registration number Signature Date/);
        expect(pages).toContain('RPPS 10001234567');
        if (testCase.prescriberName) expect(pages).toContain(testCase.prescriberName);
      });

      it('writes directions without error-prone abbreviations, trailing zeros or naked decimals', () => {
        for (const step of prescription?.steps ?? []) {
          expect(step.directions).toMatch(/^Take .+ by mouth .+\.$/);
          expect(step.directions).not.toMatch(/\b(tid|bid|qid|qd|qhs|od|po|prn|u|iu)\b/i);
          expect(step.directions).not.toMatch(/\d\.\d*0\b/);
          expect(step.directions).not.toMatch(/(^|[^\d])\.\d/);
          expect(step.directions).not.toMatch(/\b0 mg\b/);
        }
      });
    });
  }
});
