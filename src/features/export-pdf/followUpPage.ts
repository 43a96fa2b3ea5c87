/**
 * The prescriber copy's follow-up page (issue 19): the visits recorded for this patient — the dose
 * actually taken beside the planned one, alcohol g/day against the low-risk limit, heavy-drinking days,
 * craving, side effects and what was suggested — so a colleague reading the copy sees how the plan
 * came to be where it is. Drawn only when the plan has visits.
 */
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { ExportModel } from './exportModel';
import { GRID_LAYOUT, headerCell, heading } from './pdfBlocks';
import { MUTED } from './pageFrame';
import { pdfText } from './pdfText';
import { formatMediumDate } from './pdfFormat';

const dash = (value: number | undefined) => (value === undefined ? '—' : String(value));

export function followUpSection(model: ExportModel): Content[] {
  const followUp = model.data.followUp;
  if (!followUp || followUp.rows.length === 0) return [];
  const limit = followUp.lowRiskGPerDay;
  const body: TableCell[][] = [
    [
      headerCell('Visit'),
      headerCell('Taken (plan), mg/day'),
      headerCell('Alcohol, g/day'),
      headerCell('Heavy days'),
      headerCell('Craving 0–10'),
      headerCell('Side effects'),
      headerCell('Suggested'),
    ],
    ...followUp.rows.map((row) => [
      pdfText(formatMediumDate(row.date, model.locale)),
      pdfText(
        `${row.doseTakenMgPerDay}${row.plannedMgPerDay !== undefined ? ` (${row.plannedMgPerDay})` : ''}`,
      ),
      pdfText(
        row.gramsPerDay === undefined
          ? 'not recorded'
          : `${row.gramsPerDay}${limit !== undefined ? (row.gramsPerDay <= limit ? ' (low-risk)' : ' (above low-risk)') : ''}`,
      ),
      pdfText(dash(row.heavyDrinkingDays)),
      pdfText(dash(row.cravingScore)),
      pdfText(row.sideEffects),
      pdfText(row.suggestion ?? '—'),
    ]),
  ];
  return [
    heading('Follow-up visits', { pageBreak: 'before' }),
    pdfText(
      `${followUp.rows.length} visit${followUp.rows.length === 1 ? '' : 's'}. Each re-plan starts from the dose actually taken at its visit (spec §9).${limit !== undefined ? ` Low-risk drinking for this patient: ≤ ${limit} g/day.` : ''}`,
      { margin: [0, 0, 0, 4] },
    ),
    {
      table: { headerRows: 1, widths: [56, 50, 86, 30, 36, '*', '*'], body, dontBreakRows: true },
      layout: GRID_LAYOUT,
      fontSize: 8,
    },
    pdfText('Suggestions are bacloplan’s (rule id in brackets); the prescriber decided each one.', {
      fontSize: 7.5,
      color: MUTED,
      margin: [0, 3, 0, 0],
    }),
  ];
}
