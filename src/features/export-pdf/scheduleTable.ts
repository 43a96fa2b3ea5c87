/**
 * The day-by-day schedule a pharmacist dispenses from: every day, every administration with its mg and
 * the tablets (or mL) of the product, and the daily total. The header row repeats on every page
 * (`headerRows`) and a row is never split across pages (`dontBreakRows`). A heavier rule starts each
 * plan week, and a change of daily dose is marked in the total column.
 */
import type { Content, CustomTableLayout, TableCell } from 'pdfmake/interfaces';
import type { PlanDay } from '../../rules';
import { PHASE_LABEL } from '../../lib/schedule';
import type { ExportModel } from './exportModel';
import { heading, headerCell } from './pdfBlocks';
import { formatScheduleDate, mg, tabletsText } from './pdfFormat';
import { MUTED, RULE } from './pageFrame';
import { pdfText } from './pdfText';

function doseCell(mgValue: number | undefined, model: ExportModel): TableCell {
  if (mgValue === undefined || mgValue <= 0) return pdfText('—', { color: MUTED, alignment: 'center' });
  return {
    stack: [
      pdfText(`${mg(mgValue)} mg`, { bold: true }),
      pdfText(tabletsText(mgValue, model.product), { fontSize: 7, color: MUTED }),
    ],
  };
}

function changeText(day: PlanDay, previous: PlanDay | undefined): string {
  if (!previous || previous.totalMg === day.totalMg) return '';
  const delta = day.totalMg - previous.totalMg;
  return delta > 0 ? `+${mg(delta)}` : `−${mg(-delta)}`;
}

function scheduleLayout(days: readonly PlanDay[]): CustomTableLayout {
  return {
    // Row i of the body is day i (row 0 is the header): a heavier rule above the first day of each week.
    hLineWidth: (rowIndex) => {
      if (rowIndex <= 1) return 0.8;
      const day = days[rowIndex - 1];
      return day && (day.day - 1) % 7 === 0 ? 1.1 : 0.4;
    },
    vLineWidth: () => 0.4,
    hLineColor: (rowIndex) => {
      const day = days[rowIndex - 1];
      return day && rowIndex > 1 && (day.day - 1) % 7 === 0 ? '#6c757d' : RULE;
    },
    vLineColor: () => RULE,
    fillColor: (rowIndex) => (rowIndex > 0 && rowIndex % 2 === 0 ? '#f6f7f9' : null),
    paddingLeft: () => 3,
    paddingRight: () => 3,
    paddingTop: () => 1.5,
    paddingBottom: () => 1.5,
  };
}

export function scheduleSection(model: ExportModel): Content[] {
  const days = model.data.plan.days;
  if (days.length === 0) {
    return [
      heading('Appendix — day-by-day schedule'),
      pdfText('No schedule: the plan is blocked.', { bold: true }),
    ];
  }
  const labels = model.administrationLabels;
  const header: TableCell[] = [
    headerCell('Day'),
    headerCell('Date'),
    headerCell('Phase'),
    ...labels.map((label) => headerCell(label.charAt(0).toUpperCase() + label.slice(1))),
    headerCell('Total / day'),
  ];
  const body: TableCell[][] = [header];
  days.forEach((day, index) => {
    const byLabel = new Map(
      day.administrations.map((administration) => [administration.label, administration.mg]),
    );
    const change = changeText(day, days[index - 1]);
    body.push([
      pdfText(String(day.day), { alignment: 'right' }),
      pdfText(formatScheduleDate(day.date, model.locale)),
      pdfText(PHASE_LABEL[day.phase]),
      ...labels.map((label) => doseCell(byLabel.get(label), model)),
      {
        stack: [
          pdfText(`${mg(day.totalMg)} mg`, { bold: true }),
          ...(change ? [pdfText(`${change} mg/day`, { fontSize: 7, color: '#8a3b00' })] : []),
        ],
      },
    ]);
  });
  return [
    heading('Appendix — day-by-day schedule', { pageBreak: 'before' }),
    pdfText(
      `Product: ${model.product?.label ?? 'not recorded'}. Each dose shows mg and what to take. Weeks are separated by a heavier line; a change of daily dose is marked under the total.`,
      { fontSize: 8, color: MUTED, margin: [0, 0, 0, 4] },
    ),
    {
      table: {
        headerRows: 1,
        keepWithHeaderRows: 1,
        dontBreakRows: true,
        widths: [22, 78, 54, ...labels.map(() => '*' as const), 52],
        body,
      },
      layout: scheduleLayout(days),
      fontSize: 8,
    },
  ];
}
