/**
 * The patient's calendar: what to take each day, week by week, in mg and in tablets (or mL). Weeks in
 * which nothing changes are merged with the weeks like them into one "every day" row, so a year-long
 * plan stays a few pages; every week with a change lists each day with a box to tick.
 */
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { PlanDay, Product } from '../../rules';
import type { ExportModel } from './exportModel';
import { formatScheduleDate, mg } from './pdfFormat';
import { pdfText } from './pdfText';

export interface CalendarBlock {
  /** Plan weeks covered (1-based); a block of identical weeks has firstWeek < lastWeek. */
  firstWeek: number;
  lastWeek: number;
  /** Every day is the same: one row stands for all of them. */
  sameEveryDay: boolean;
  days: PlanDay[];
}

function sameDoses(a: PlanDay, b: PlanDay): boolean {
  return (
    a.administrations.length === b.administrations.length &&
    a.administrations.every(
      (administration, index) =>
        administration.label === b.administrations[index]?.label &&
        administration.mg === b.administrations[index]?.mg,
    )
  );
}

export function calendarBlocks(days: readonly PlanDay[]): CalendarBlock[] {
  const blocks: CalendarBlock[] = [];
  for (let start = 0; start < days.length; start += 7) {
    const week = days.slice(start, start + 7);
    const weekNumber = start / 7 + 1;
    const first = week[0];
    if (!first) continue;
    // A short last week is always listed day by day: it is where the plan ends.
    const uniform = week.length === 7 && week.every((day) => sameDoses(day, first));
    const previous = blocks.at(-1);
    const previousFirst = previous?.days[0];
    if (uniform && previous?.sameEveryDay && previousFirst && sameDoses(previousFirst, first)) {
      previous.lastWeek = weekNumber;
      previous.days.push(...week);
    } else {
      blocks.push({ firstWeek: weekNumber, lastWeek: weekNumber, sameEveryDay: uniform, days: [...week] });
    }
  }
  return blocks;
}

/** "½ tablet", "1½ tablets", "1 tablet of 40 mg + 1 tablet of 10 mg", "15 mL". */
export function patientDoseText(mgValue: number, product: Product | undefined): string {
  if (mgValue <= 0) return 'none';
  if (!product) return `${mg(mgValue)} mg`;
  if (product.form === 'solution') {
    const mgPerMl = product.strengthsMg[0] ?? 1;
    return `${Number((mgValue / mgPerMl).toFixed(1))} mL`;
  }
  if (product.strengthsMg.length === 1) {
    const strength = product.strengthsMg[0] ?? product.unitMg;
    const tablets = mgValue / strength;
    const whole = Math.floor(tablets + 1e-9);
    const half = tablets - whole > 0.25;
    const count = whole === 0 && half ? '½' : half ? `${whole}½` : `${whole}`;
    return `${count} ${whole === 0 || (whole === 1 && !half) ? 'tablet' : 'tablets'}`;
  }
  const parts: string[] = [];
  let remaining = mgValue;
  for (const strength of product.strengthsMg) {
    const count = Math.floor(remaining / strength + 1e-9);
    if (count > 0) {
      parts.push(`${count} ${count === 1 ? 'tablet' : 'tablets'} of ${strength} mg`);
      remaining -= count * strength;
    }
  }
  return parts.join(' + ');
}

function capitalised(label: string): string {
  return label.charAt(0).toUpperCase() + label.slice(1);
}

function doseCell(mgValue: number | undefined, product: Product | undefined): TableCell {
  if (mgValue === undefined || mgValue <= 0) return pdfText('—', { alignment: 'center', color: '#6c757d' });
  return {
    stack: [
      pdfText(`${mg(mgValue)} mg`, { bold: true, fontSize: 15 }),
      pdfText(patientDoseText(mgValue, product), { fontSize: 14 }),
    ],
  };
}

function blockTitle(block: CalendarBlock, locale: string): string {
  const first = block.days[0];
  const last = block.days.at(-1);
  const range =
    first && last
      ? first.date === last.date
        ? formatScheduleDate(first.date, locale)
        : `${formatScheduleDate(first.date, locale)} to ${formatScheduleDate(last.date, locale)}`
      : '';
  return block.firstWeek === block.lastWeek
    ? `Week ${block.firstWeek}: ${range}`
    : `Weeks ${block.firstWeek} to ${block.lastWeek}: ${range}`;
}

export function calendarSection(model: ExportModel): Content[] {
  const { locale, product } = model;
  const labels = model.administrationLabels;
  // A fresh header per table: pdfmake annotates the nodes it lays out, so nodes are never shared.
  const header = (): TableCell[] => [
    pdfText('Day', { bold: true, fontSize: 14 }),
    ...labels.map((label) => pdfText(capitalised(label), { bold: true, fontSize: 14 })),
    pdfText('Total', { bold: true, fontSize: 14 }),
    pdfText('Taken', { bold: true, fontSize: 14 }),
  ];
  const content: Content[] = [];
  for (const block of calendarBlocks(model.data.plan.days)) {
    const rows: TableCell[][] = [header()];
    const rowsDays = block.sameEveryDay ? block.days.slice(0, 1) : block.days;
    for (const day of rowsDays) {
      const byLabel = new Map(
        day.administrations.map((administration) => [administration.label, administration.mg]),
      );
      rows.push([
        block.sameEveryDay
          ? { stack: [pdfText('Every day', { bold: true }), pdfText(`for ${block.days.length} days`)] }
          : pdfText(formatScheduleDate(day.date, locale), { bold: true }),
        ...labels.map((label) => doseCell(byLabel.get(label), product)),
        day.totalMg > 0
          ? pdfText(`${mg(day.totalMg)} mg`, { bold: true, fontSize: 15 })
          : pdfText('None', { bold: true }),
        block.sameEveryDay ? pdfText('') : pdfText('☐', { fontSize: 18, alignment: 'center' }),
      ]);
    }
    content.push({
      unbreakable: block.days.length <= 7,
      stack: [
        pdfText(blockTitle(block, locale), { style: 'h3' }),
        {
          table: {
            headerRows: 1,
            keepWithHeaderRows: 1,
            dontBreakRows: true,
            widths: [122, ...labels.map(() => '*' as const), 62, 44],
            body: rows,
          },
          layout: {
            hLineWidth: () => 0.8,
            vLineWidth: () => 0.8,
            hLineColor: () => '#868e96',
            vLineColor: () => '#868e96',
            fillColor: (rowIndex: number) => (rowIndex === 0 ? '#e7eef7' : null),
            paddingTop: () => 2,
            paddingBottom: () => 2,
          },
          fontSize: 14,
          lineHeight: 1.05,
        },
      ],
      margin: [0, 0, 0, 6],
    });
  }
  return content;
}
