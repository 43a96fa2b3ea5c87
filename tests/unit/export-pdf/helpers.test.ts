/** The small pure pieces behind the PDFs: text runs, file names, paper, chart, calendar grouping. */
import { describe, expect, it } from 'vitest';
import {
  needsSymbolFont,
  pdfText,
  plainText,
  SYMBOL_FONT,
  textRuns,
} from '../../../src/features/export-pdf/pdfText';
import { exportFileName, paperForLocale } from '../../../src/features/export-pdf/exportFiles';
import { buildDoseChartSvg } from '../../../src/features/export-pdf/doseChartSvg';
import { doseSteps, patientDoseText } from '../../../src/features/export-pdf/handoutCalendar';
import { prescriberDocument } from '../../../src/features/export-pdf/prescriberDocument';
import { buildExportModel, isMonitoringFinding } from '../../../src/features/export-pdf/exportModel';
import { getProduct, sortFindings, type PlanDay } from '../../../src/rules';
import { exportData, HOSTILE_CASE, WORKED_PATIENTS } from './fixtures';

function day(dayNumber: number, totalMg: number, phase: PlanDay['phase'] = 'titration'): PlanDay {
  const third = totalMg / 3;
  return {
    day: dayNumber,
    date: `2026-12-${String(dayNumber).padStart(2, '0')}`,
    phase,
    totalMg,
    administrations: [
      { label: 'morning', mg: third },
      { label: 'noon', mg: third },
      { label: 'evening', mg: third },
    ],
  };
}

describe('pdfText', () => {
  it('sets only characters Roboto lacks in the symbol font', () => {
    expect(needsSymbolFont('→'.codePointAt(0)!)).toBe(true);
    expect(needsSymbolFont('☐'.codePointAt(0)!)).toBe(true);
    for (const char of 'µ≤≥é½×−') expect(needsSymbolFont(char.codePointAt(0)!), char).toBe(false);
    expect(textRuns('80 → 53 mg')).toEqual([
      { text: '80 ', symbol: false },
      { text: '→', symbol: true },
      { text: ' 53 mg', symbol: false },
    ]);
    expect(pdfText('a → b')).toEqual({
      text: [{ text: 'a ' }, { text: '→', font: SYMBOL_FONT }, { text: ' b' }],
    });
  });

  it('never passes anything but a string to pdfmake', () => {
    expect(plainText({ text: 'injected', bold: true })).toBe('{"text":"injected","bold":true}');
    expect(plainText(undefined)).toBe('');
    expect(plainText(Number.NaN)).toBe('—');
    expect(pdfText('<script>alert(1)</script>')).toEqual({ text: '<script>alert(1)</script>' });
  });

  it('leaves no hostile string anywhere but in a text leaf', () => {
    const doc = prescriberDocument(exportData(HOSTILE_CASE), { paper: 'a4' });
    const strings: string[] = [];
    const walk = (node: unknown, key: string) => {
      if (typeof node === 'string') {
        if (node.includes('<script>')) strings.push(key);
      } else if (Array.isArray(node)) node.forEach((child) => walk(child, key));
      else if (node && typeof node === 'object')
        for (const [childKey, child] of Object.entries(node)) walk(child, childKey);
    };
    walk(doc.content, 'content');
    expect(strings.length).toBeGreaterThan(0);
    expect(new Set(strings)).toEqual(new Set(['text']));
  });
});

describe('export files', () => {
  it('names files by generation date', () => {
    const at = '2026-12-01T12:00:00';
    expect(exportFileName('prescriber-a4', at, 'Henri Lefèvre')).toBe(
      'bacloplan-HL-prescriber-a4-2026-12-01.pdf',
    );
    expect(exportFileName('prescriber-letter', at, 'Jean-Luc Ébrard')).toBe(
      'bacloplan-JLE-prescriber-letter-2026-12-01.pdf',
    );
    expect(exportFileName('handout', at, undefined, 'letter')).toBe(
      'bacloplan-no-patient-handout-letter-2026-12-01.pdf',
    );
    // Markup or symbols in a chart's name never reach the file name.
    expect(exportFileName('handout', at, '<script>', 'a4')).toBe('bacloplan-S-handout-a4-2026-12-01.pdf');
  });

  it('gives the handout US Letter in Letter countries and A4 elsewhere', () => {
    expect(paperForLocale('en-US')).toBe('letter');
    expect(paperForLocale('en-CA')).toBe('letter');
    expect(paperForLocale('en-GB')).toBe('a4');
    expect(paperForLocale('fr')).toBe('a4');
    expect(paperForLocale('not a locale!')).toBe('a4');
  });
});

describe('dose chart', () => {
  const days = [day(1, 15), day(2, 15), day(3, 30), day(4, 45, 'maintenance'), day(5, 45, 'maintenance')];

  it('draws the caps and thresholds near the doses, and names those above the range', () => {
    const chart = buildDoseChartSvg({
      days,
      planCapMgPerDay: 50,
      regimenCapMgPerDay: 60,
      locale: 'en-GB',
      width: 500,
      height: 220,
    });
    const labels = chart.lines.map((line) => line.label);
    expect(labels).toContain('Plan cap 50 mg/day (renal-adjusted)');
    expect(labels).toContain('Regimen cap 60 mg/day (before renal factor)');
    expect(chart.thresholdsAboveRange).toEqual([120, 180, 300]);
    expect(chart.svg).toContain('<path d="M ');
    expect(chart.svg).toContain('>Titration<');
    expect(chart.svg).not.toMatch(/NaN|Infinity/);
  });

  it('fits the axis to the plan: a 150 mg/day plan under a 300 mg/day cap does not run to 350', () => {
    const high = [day(1, 50), day(2, 100), day(3, 150, 'maintenance'), day(4, 150, 'maintenance')];
    const chart = buildDoseChartSvg({
      days: high,
      planCapMgPerDay: 300,
      regimenCapMgPerDay: 300,
      locale: 'en-GB',
      width: 515,
      height: 225,
    });
    const axis = [...chart.svg.matchAll(/text-anchor="end">(\d+)</g)].map((match) => Number(match[1]));
    expect(Math.max(...axis)).toBeLessThanOrEqual(180);
    expect(chart.capsAboveRange).toEqual(['Plan cap 300 mg/day']);
    expect(chart.aboveRange).toEqual(['Plan cap 300 mg/day · hard ceiling']);
    expect(chart.lines.map((line) => line.mgPerDay)).toEqual([80, 120, 180]);
  });

  it('labels reference lines right of the plot, never over the dose line, and clips no label', () => {
    const width = 515;
    const chart = buildDoseChartSvg({
      days: [day(1, 40), day(2, 80, 'maintenance'), day(3, 80, 'maintenance')],
      planCapMgPerDay: 80,
      regimenCapMgPerDay: 80,
      locale: 'en-GB',
      width,
      height: 225,
    });
    const plotRight = width - 62;
    const texts = [...chart.svg.matchAll(/<text x="([\d.]+)"[^>]*?(?:text-anchor="(\w+)")?[^>]*>([^<]*)</g)];
    for (const [element, x, anchor, words] of texts) {
      if (element.includes('rotate(')) continue; // the axis title, turned along the axis
      const position = Number(x);
      const approxWidth = (words ?? '').length * 3.6;
      const from =
        anchor === 'end'
          ? position - approxWidth
          : anchor === 'middle'
            ? position - approxWidth / 2
            : position;
      expect(from, words).toBeGreaterThanOrEqual(0);
      expect(from + approxWidth, words).toBeLessThanOrEqual(width + 0.5);
      if (/mg\/day$/.test(words ?? '') && !/Daily total/.test(words ?? '')) {
        expect(position, words).toBeGreaterThan(plotRight);
      }
    }
  });
});

describe('handout calendar', () => {
  it('lists one step per run of identical doses (whatever the phase), and none for a day without baclofen', () => {
    const plan: PlanDay[] = [];
    for (let n = 1; n <= 7; n++) plan.push(day(n, n <= 3 ? 15 : 30));
    for (let n = 8; n <= 28; n++) plan.push(day(n, 30, 'maintenance'));
    for (let n = 29; n <= 30; n++) plan.push(day(n, 15, 'taper'));
    plan.push(day(31, 0, 'taper'));
    expect(doseSteps(plan).map((step) => [step.firstDay, step.lastDay, step.totalMg])).toEqual([
      [1, 3, 15],
      [4, 28, 30],
      [29, 30, 15],
    ]);
  });

  it('says doses the way a patient takes them', () => {
    const scored = getProduct('tablet-10-scored')!;
    expect(patientDoseText(5, scored)).toBe('½ tablet');
    expect(patientDoseText(10, scored)).toBe('1 tablet');
    expect(patientDoseText(15, scored)).toBe('1½ tablets');
    expect(patientDoseText(50, getProduct('baclocur')!)).toBe('1 tablet of 40 mg + 1 tablet of 10 mg');
    expect(patientDoseText(12, getProduct('oral-solution-1mg-ml')!)).toBe('12 mL');
  });
});

describe('export model', () => {
  it('keeps monitoring out of the findings table, sorts by severity and lists nothing twice', () => {
    const model = buildExportModel(exportData(WORKED_PATIENTS[2]!));
    expect(model.monitoring.length).toBeGreaterThan(0);
    expect(model.findings.some(isMonitoringFinding)).toBe(false);
    expect(model.findings).toEqual(sortFindings(model.findings));
    const keys = [...model.findings, ...model.monitoring].map(
      (f) => `${f.ruleId}|${f.subject ?? ''}|${f.title}`,
    );
    expect(new Set(keys).size).toBe(keys.length);
    expect(model.regimenCapMgPerDay).toBe(75);
    expect(model.planCapMgPerDay).toBeLessThan(75);
  });
});
