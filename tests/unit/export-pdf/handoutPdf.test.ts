/**
 * The patient handout, read back with pdf.js: "never stop suddenly" up front, a calendar that agrees
 * with buildPlan to the milligram, large type, whom to call, the disclaimer on every page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DISCLAIMER_TEXT } from '../../../src/components/Disclaimer';
import { generatePatientHandoutPdf } from '../../../src/features/export-pdf/generatePatientHandoutPdf';
import { calendarBlocks, patientDoseText } from '../../../src/features/export-pdf/handoutCalendar';
import { getProduct } from '../../../src/rules';
import type { PlanExportData } from '../../../src/lib/planExport';
import { exportData, WORKED_PATIENTS, yearLongCase } from './fixtures';
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

function doseCells(data: PlanExportData, dayIndex: number): string {
  const day = data.plan.days[dayIndex]!;
  const cells = day.administrations.map((administration) =>
    administration.mg > 0 ? `${administration.mg} mg` : '—',
  );
  return `${cells.join(' ')} ${day.totalMg > 0 ? `${day.totalMg} mg` : 'None'}`;
}

function expectCalendarMatchesPlan(data: PlanExportData, text: PdfText) {
  // The tick box sits on its own baseline; it is not part of the doses.
  const lines = text.pages.flat().filter((line) => line !== '☐');
  const product = getProduct(data.plan.summary!.effective!.product)!;
  for (const block of calendarBlocks(data.plan.days)) {
    if (block.sameEveryDay) {
      const first = block.days[0]!;
      const expected = `Every day ${doseCells(data, first.day - 1)}`;
      const index = lines.indexOf(expected);
      expect(index, expected).toBeGreaterThanOrEqual(0);
      expect(lines[index + 1]).toMatch(new RegExp(`^for ${block.days.length} days `));
      continue;
    }
    for (const day of block.days) {
      const expected = `${calendarDate(day.date, data.locale)} ${doseCells(data, day.day - 1)}`;
      const index = lines.findIndex((line) => line.startsWith(expected));
      expect(index, `day ${day.day}: ${expected}`).toBeGreaterThanOrEqual(0);
      // The line under it says what to take, in tablets, for each dose.
      const tablets = day.administrations
        .filter((administration) => administration.mg > 0)
        .map((administration) => patientDoseText(administration.mg, product))
        .join(' ');
      if (tablets) expect(lines[index + 1]).toBe(tablets);
    }
  }
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

  it('has a calendar that matches buildPlan on every day', () => {
    expectCalendarMatchesPlan(data, text);
    // The plan ends with a review, so the handout must say to carry on.
    expect(text.all).toMatch(/Keep taking 50 mg a day[\s\S]*Do not stop\./);
  });

  it('prints body text in large type (≥ 14 pt) and frames every page', () => {
    text.items.forEach((items, pageIndex) => {
      const height = text.pageSizes[pageIndex]!.height;
      // Header (top 44 pt) and footer (bottom 60 pt) are not body text.
      const body = items.filter((item) => item.top > 44 && item.top < height - 60 && item.text.trim() !== '');
      for (const item of body) expect(item.fontSize, `"${item.text}"`).toBeGreaterThanOrEqual(14);
      const page = text.pages[pageIndex]!.join(' ').replace(/\s+/g, ' ');
      expect(page).toContain(DISCLAIMER_TEXT);
      expect(page).toContain(`Page ${pageIndex + 1} of ${text.pageCount}`);
    });
  });

  it('is not produced for a blocked plan', async () => {
    const blocked = exportData(WORKED_PATIENTS[3]!);
    expect(blocked.plan.blocked).toBe(true);
    await expect(generatePatientHandoutPdf(blocked, { paper: 'a4' })).rejects.toThrow(/blocked/);
  });
});

describe('patient handout of a 365-day plan', () => {
  it(
    'merges unchanging weeks, keeps every change day by day and ends the taper',
    async () => {
      const data = exportData(yearLongCase());
      const text = await pdfTextContent(await generatePatientHandoutPdf(data, { paper: 'letter' }));
      expect(text.pageSizes[0]).toEqual({ width: 612, height: 792 });
      expectCalendarMatchesPlan(data, text);
      expect(text.all).toMatch(/Weeks \d+ to \d+:/);
      expect(text.all.replace(/\s+/g, ' ')).toContain('you take no more baclofen');
    },
    GENERATION_TIMEOUT_MS,
  );
});
