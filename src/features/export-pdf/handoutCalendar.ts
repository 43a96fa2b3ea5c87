/**
 * The patient's calendar, in two parts. "Your doses": one row per step (from, to, what to take at each
 * time, mg a day) — where the dose changes. "Tick each day": one grid per month (two fit a page), a
 * box for every day of the plan with that day's total, the days the dose changes, the blood tests and
 * the review marked in words. A 7-month plan is a few pages, and every day has its box.
 */
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { PlanDay, Product } from '../../rules';
import { doseBreakdown, groupScheduleDays, tabletCountText, type ScheduleRange } from '../../lib/schedule';
import type { ExportModel } from './exportModel';
import { formatScheduleDate, mg } from './pdfFormat';
import { pdfText } from './pdfText';

const BODY = 14;

/** "½ tablet", "1½ tablets", "1 tablet of 40 mg + 1 tablet of 10 mg", "15 mL". */
export function patientDoseText(mgValue: number, product: Product | undefined): string {
  if (mgValue <= 0) return 'none';
  if (!product) return `${mg(mgValue)} mg`;
  const dose = doseBreakdown(mgValue, product);
  if (dose.form === 'solution') return `${Number(dose.ml.toFixed(1))} mL`;
  const [only, ...more] = dose.parts;
  if (only && more.length === 0 && product.strengthsMg.length === 1) {
    return `${tabletCountText(only.count)} ${only.count <= 1 ? 'tablet' : 'tablets'}`;
  }
  return dose.parts
    .map((part) => `${part.count} ${part.count === 1 ? 'tablet' : 'tablets'} of ${part.strengthMg} mg`)
    .join(' + ');
}

function capitalised(label: string): string {
  return label.charAt(0).toUpperCase() + label.slice(1);
}

const TABLE_LAYOUT = {
  hLineWidth: () => 0.8,
  vLineWidth: () => 0.8,
  hLineColor: () => '#868e96',
  vLineColor: () => '#868e96',
  fillColor: (rowIndex: number) => (rowIndex === 0 ? '#e7eef7' : null),
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

function doseCell(mgValue: number | undefined, product: Product | undefined): TableCell {
  if (mgValue === undefined || mgValue <= 0) return pdfText('—', { alignment: 'center', color: '#6c757d' });
  return {
    stack: [pdfText(`${mg(mgValue)} mg`, { bold: true }), pdfText(patientDoseText(mgValue, product))],
  };
}

function sameDoses(a: ScheduleRange, b: ScheduleRange): boolean {
  return (
    a.administrations.length === b.administrations.length &&
    a.administrations.every(
      (dose, index) =>
        dose.label === b.administrations[index]?.label && dose.mg === b.administrations[index]?.mg,
    )
  );
}

/**
 * The steps the patient takes (days with a dose), one row each. Unlike the prescriber's schedule, a
 * new phase with the same doses is no new row: for the patient nothing changes that day.
 */
export function doseSteps(days: readonly PlanDay[]): ScheduleRange[] {
  const steps: ScheduleRange[] = [];
  for (const range of groupScheduleDays(days)) {
    if (range.totalMg <= 0) continue;
    const last = steps.at(-1);
    if (last && last.lastDay + 1 === range.firstDay && sameDoses(last, range)) {
      steps[steps.length - 1] = { ...last, lastDay: range.lastDay, lastDate: range.lastDate };
    } else {
      steps.push({ ...range });
    }
  }
  return steps;
}

/** "Your doses": one row per step, each time of day with its mg and tablets. */
export function doseStepsSection(model: ExportModel): Content[] {
  const { locale, product } = model;
  const labels = model.administrationLabels;
  const rows: TableCell[][] = [
    [
      pdfText('From – to', { bold: true }),
      ...labels.map((label) => pdfText(capitalised(label), { bold: true })),
      pdfText('A day', { bold: true }),
    ],
  ];
  for (const step of doseSteps(model.data.plan.days)) {
    const byLabel = new Map(step.administrations.map((dose) => [dose.label, dose.mg]));
    rows.push([
      {
        stack: [
          pdfText(formatScheduleDate(step.firstDate, locale), { bold: true }),
          pdfText(
            step.firstDate === step.lastDate ? '(1 day)' : `to ${formatScheduleDate(step.lastDate, locale)}`,
          ),
        ],
      },
      ...labels.map((label) => doseCell(byLabel.get(label), product)),
      pdfText(`${mg(step.totalMg)} mg`, { bold: true }),
    ]);
  }
  return [
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [150, ...labels.map(() => '*' as const), 58],
        body: rows,
      },
      layout: TABLE_LAYOUT,
      fontSize: BODY,
      lineHeight: 1.05,
    },
  ];
}

/** What happens on a day, in a patient's words: blood tests, the review, a dose going up or down, the stop. */
export interface DayMarks {
  /**
   * The first day of each step after the first: "higher", "lower" or "change" (same total, other split).
   * One word each: two would wrap in a day's box at 14 pt.
   */
  doseChange: Map<string, string>;
  bloodTest: Set<string>;
  other: Map<string, string>;
  /** The first day without baclofen after a taper. */
  stopDate?: string;
}

function nextIso(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

export function dayMarks(model: ExportModel): DayMarks {
  const { plan } = model.data;
  const steps = doseSteps(plan.days);
  const marks: DayMarks = {
    doseChange: new Map(
      steps.slice(1).map((step, index) => {
        const before = steps[index]?.totalMg ?? step.totalMg;
        const words =
          step.totalMg > before ? 'higher dose' : step.totalMg < before ? 'lower dose' : 'new dose';
        return [step.firstDate, words] as const;
      }),
    ),
    bloodTest: new Set(
      (plan.monitoring ?? [])
        .filter((entry) => entry.ruleId === 'monitor.creatinine')
        .map((entry) => entry.date),
    ),
    other: new Map(),
  };
  for (const entry of plan.monitoring ?? []) {
    if (entry.ruleId === 'monitor.sleep-apnoea') marks.other.set(entry.date, 'sleep check');
  }
  if (plan.summary?.reviewDate) marks.other.set(plan.summary.reviewDate, 'review');
  const last = steps.at(-1);
  if (plan.summary?.taperEnd && last) marks.stopDate = nextIso(last.lastDate);
  return marks;
}

function isoOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function utc(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** Sunday-first weeks where calendars are printed so (US), Monday-first elsewhere. */
function weekStartsOnSunday(locale: string): boolean {
  return /-(US|CA|MX|BR|JP|IL|PH)\b/.test(locale);
}

function weekdayNames(locale: string, sundayFirst: boolean): string[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  // 2026-11-29 is a Sunday.
  return [...Array(7).keys()].map((offset) =>
    format.format(new Date(Date.UTC(2026, 10, 29 + offset + (sundayFirst ? 0 : 1)))),
  );
}

function monthTitle(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    utc(iso),
  );
}

const OUTSIDE: TableCell = { text: '', fillColor: '#f1f3f5' };

function dayCell(day: PlanDay | undefined, date: Date, marks: DayMarks): TableCell {
  const iso = isoOf(date);
  if (!day) {
    if (iso !== marks.stopDate) return OUTSIDE;
    return {
      stack: [
        pdfText(String(date.getUTCDate()), { bold: true }),
        pdfText('no more baclofen', { bold: true }),
      ],
      fillColor: '#e2f4e9',
    };
  }
  const notes = [
    marks.doseChange.get(iso) ?? '',
    marks.bloodTest.has(iso) ? 'blood test' : '',
    marks.other.get(iso) ?? '',
  ].filter(Boolean);
  return {
    stack: [
      {
        columns: [
          pdfText(String(date.getUTCDate()), { bold: true, width: '*' }),
          pdfText('☐', { fontSize: 16, width: 16, alignment: 'right' }),
        ],
      },
      pdfText(day.totalMg > 0 ? `${mg(day.totalMg)} mg` : 'none'),
      ...notes.map((note) => pdfText(note, { bold: true })),
    ],
    ...(notes.length > 0 ? { fillColor: '#fff7db' } : {}),
  };
}

/**
 * One grid per calendar month of the plan: a box for every plan day. `intro` (the section heading)
 * goes with the first month, so a heading never ends a page alone.
 */
export function monthCalendars(model: ExportModel, intro: Content[] = []): Content[] {
  const { plan } = model.data;
  const dosed = plan.days.filter((day) => day.totalMg > 0);
  const first = dosed[0];
  const last = dosed.at(-1);
  if (!first || !last) return [];
  const byDate = new Map(dosed.map((day) => [day.date, day]));
  const marks = dayMarks(model);
  const sundayFirst = weekStartsOnSunday(model.locale);
  const names = weekdayNames(model.locale, sundayFirst);
  const content: Content[] = [];
  const end = utc(last.date);
  for (let month = utc(`${first.date.slice(0, 7)}-01`); month <= end;) {
    const next = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1));
    const offset = (month.getUTCDay() + (sundayFirst ? 0 : 6)) % 7;
    const rows: TableCell[][] = [names.map((name) => pdfText(name, { bold: true, alignment: 'center' }))];
    let week: TableCell[] = [...Array(offset).keys()].map(() => ({ text: '' }));
    // A week with no plan day (before the start, after the stop) is left out: nothing to tick.
    let weekUsed = false;
    const endWeek = () => {
      if (weekUsed) rows.push([...week, ...[...Array(7 - week.length).keys()].map(() => ({ text: '' }))]);
      week = [];
      weekUsed = false;
    };
    for (let date = month; date < next; date = new Date(date.getTime() + 86_400_000)) {
      const cell = dayCell(byDate.get(isoOf(date)), date, marks);
      weekUsed ||= cell !== OUTSIDE;
      week.push(cell);
      if (week.length === 7) endWeek();
    }
    if (week.length > 0) endWeek();
    content.push({
      unbreakable: true,
      stack: [
        ...(content.length === 0 ? intro : []),
        pdfText(monthTitle(isoOf(month), model.locale), { style: 'h3' }),
        {
          table: { headerRows: 1, widths: Array(7).fill('*'), body: rows },
          layout: TABLE_LAYOUT,
          fontSize: BODY,
          lineHeight: 1.0,
        },
      ],
      margin: [0, 0, 0, 8],
    });
    month = next;
  }
  return content;
}
