/**
 * The dose-over-time chart as an SVG string, which pdfmake draws as vector paths and real text (so it
 * prints sharp and its labels can be read and searched). It mirrors the screen chart
 * (src/features/plan/PlanChart.tsx): daily total as a step line, phases shaded and named, the plan
 * cap, the regimen cap before the renal factor when it differs, and the spec §4 thresholds that fall
 * inside the chart's range as labelled lines.
 *
 * No patient text goes into the SVG; the few strings that do (phase names, threshold labels) are still
 * XML-escaped, so an SVG parser can never read them as markup.
 */
import { DOSE_THRESHOLDS, type PlanDay } from '../../rules';
import { PHASE_LABEL } from '../../lib/schedule';
import { formatMediumDate, mg } from './pdfFormat';

export const PHASE_FILL: Record<PlanDay['phase'], string> = {
  titration: '#e3edf9',
  maintenance: '#e2f4e9',
  hold: '#fdebcf',
  taper: '#efe3f8',
};

export interface DoseChartInput {
  days: readonly PlanDay[];
  planCapMgPerDay: number;
  regimenCapMgPerDay: number;
  locale: string;
  width: number;
  height: number;
}

export interface DoseChart {
  svg: string;
  /** Thresholds above the chart's range, said in words under the chart. */
  thresholdsAboveRange: number[];
  /** Caps above the chart's range (far above every dose), said in words under the chart. */
  capsAboveRange: string[];
  /** Caps and thresholds above the range, one entry per dose with every name it has. */
  aboveRange: string[];
  /** Every line drawn, for the caption and for tests. */
  lines: { mgPerDay: number; label: string }[];
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function round(value: number): string {
  return (Math.round(value * 100) / 100).toString();
}

/** A tick step giving at most `maxTicks` ticks over `range`, from a 1-2-2.5-5 sequence. */
function niceStep(range: number, maxTicks: number): number {
  const candidates = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500];
  return candidates.find((step) => range / step <= maxTicks) ?? Math.ceil(range / maxTicks);
}

function phaseSpans(days: readonly PlanDay[]): { phase: PlanDay['phase']; from: number; to: number }[] {
  const spans: { phase: PlanDay['phase']; from: number; to: number }[] = [];
  for (const day of days) {
    const last = spans.at(-1);
    if (last && last.phase === day.phase && last.to + 1 === day.day) last.to = day.day;
    else spans.push({ phase: day.phase, from: day.day, to: day.day });
  }
  return spans;
}

export function buildDoseChartSvg(input: DoseChartInput): DoseChart {
  const { days, planCapMgPerDay, regimenCapMgPerDay, locale, width, height } = input;
  const left = 38;
  // Reference lines are labelled in this gutter, right of the plot: a label never covers the dose line.
  const right = 62;
  const top = 16;
  const bottom = 46;
  const plotWidth = width - left - right;
  const plotHeight = height - top - bottom;
  const dayCount = Math.max(1, days.length);
  const firstDay = days[0]?.day ?? 1;

  // The axis fits the plan: 20 % headroom above the highest dose, and above a cap when the cap is
  // near the doses. A cap far above every dose (a 300 mg/day cap for a 150 mg/day plan) is said in words.
  const maxDose = Math.max(10, ...days.map((day) => day.totalMg));
  const near = (cap: number) => cap <= maxDose * 1.5;
  const inRangeCaps = [planCapMgPerDay, regimenCapMgPerDay].filter(near);
  const yMax = Math.ceil((Math.max(maxDose, ...inRangeCaps) * 1.2) / 10) * 10;
  const x = (dayNumber: number) => left + ((dayNumber - firstDay) / dayCount) * plotWidth;
  const y = (mgPerDay: number) => top + plotHeight - (mgPerDay / yMax) * plotHeight;

  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${round(width)}" height="${round(height)}" viewBox="0 0 ${round(width)} ${round(height)}" font-family="Roboto">`,
  );

  // Phase shading, named inside the band when there is room.
  for (const span of phaseSpans(days)) {
    const x1 = x(span.from);
    const x2 = x(span.to + 1);
    parts.push(
      `<rect x="${round(x1)}" y="${top}" width="${round(Math.max(0.5, x2 - x1))}" height="${round(plotHeight)}" fill="${PHASE_FILL[span.phase]}"/>`,
    );
    const name = PHASE_LABEL[span.phase];
    if (x2 - x1 > name.length * 4.4 + 6) {
      parts.push(
        `<text x="${round((x1 + x2) / 2)}" y="${top + 9}" font-size="7.5" fill="#495057" text-anchor="middle">${escapeXml(name)}</text>`,
      );
    }
  }

  // Axes and grid.
  const yStep = niceStep(yMax, 8);
  for (let value = 0; value <= yMax + 1e-9; value += yStep) {
    const yy = y(value);
    parts.push(
      `<line x1="${left}" y1="${round(yy)}" x2="${round(left + plotWidth)}" y2="${round(yy)}" stroke="#d0d5db" stroke-width="0.4"/>`,
      `<text x="${left - 4}" y="${round(yy + 2.5)}" font-size="7.5" fill="#333" text-anchor="end">${value}</text>`,
    );
  }
  parts.push(
    `<text x="8" y="${round(top + plotHeight / 2)}" font-size="7.5" fill="#333" text-anchor="middle" transform="rotate(-90 8 ${round(top + plotHeight / 2)})">mg/day</text>`,
  );
  // A tick label near an edge is anchored to it, so no label runs off the chart.
  const anchor = (xx: number, halfWidth: number) =>
    xx - halfWidth < 0 ? 'start' : xx + halfWidth > width ? 'end' : 'middle';
  const xStep = niceStep(dayCount, 9);
  const ticks: number[] = [firstDay];
  for (let offset = xStep; offset < dayCount; offset += xStep) ticks.push(firstDay + offset);
  for (const dayNumber of ticks) {
    const day = days[dayNumber - firstDay];
    const xx = x(dayNumber);
    parts.push(
      `<line x1="${round(xx)}" y1="${round(top + plotHeight)}" x2="${round(xx)}" y2="${round(top + plotHeight + 3)}" stroke="#333" stroke-width="0.5"/>`,
      `<text x="${round(xx)}" y="${round(top + plotHeight + 11)}" font-size="7" fill="#333" text-anchor="${anchor(xx, 14)}">Day ${dayNumber}</text>`,
    );
    if (day) {
      const date = formatMediumDate(day.date, locale);
      parts.push(
        `<text x="${round(xx)}" y="${round(top + plotHeight + 20)}" font-size="6.5" fill="#555" text-anchor="${anchor(xx, date.length * 1.7)}">${escapeXml(date)}</text>`,
      );
    }
  }
  parts.push(
    `<line x1="${left}" y1="${top}" x2="${left}" y2="${round(top + plotHeight)}" stroke="#333" stroke-width="0.6"/>`,
    `<line x1="${left}" y1="${round(top + plotHeight)}" x2="${round(left + plotWidth)}" y2="${round(top + plotHeight)}" stroke="#333" stroke-width="0.6"/>`,
  );

  // Legend: a swatch with a border (the fills are pale) and the phase name, for every phase shown.
  let legendX = left;
  for (const phase of [...new Set(days.map((day) => day.phase))]) {
    const name = PHASE_LABEL[phase];
    parts.push(
      `<rect x="${round(legendX)}" y="${round(height - 13)}" width="9" height="9" fill="${PHASE_FILL[phase]}" stroke="#868e96" stroke-width="0.5"/>`,
      `<text x="${round(legendX + 12)}" y="${round(height - 5.5)}" font-size="7.5" fill="#333">${escapeXml(name)}</text>`,
    );
    legendX += 22 + name.length * 4.2;
  }
  parts.push(
    `<line x1="${round(legendX + 4)}" y1="${round(height - 8.5)}" x2="${round(legendX + 20)}" y2="${round(height - 8.5)}" stroke="#1c4f8a" stroke-width="1.5"/>`,
    `<text x="${round(legendX + 24)}" y="${round(height - 5.5)}" font-size="7.5" fill="#333">Daily total (mg/day)</text>`,
  );

  // Reference lines: caps and thresholds. Lines at the same dose share one label.
  const lineSpecs: { mgPerDay: number; label: string; colour: string; dash: string; width: number }[] = [];
  const addLine = (mgPerDay: number, label: string, colour: string, dash: string, strokeWidth: number) => {
    const existing = lineSpecs.find((line) => Math.abs(line.mgPerDay - mgPerDay) < 1e-9);
    if (existing) existing.label = `${existing.label} · ${label}`;
    else lineSpecs.push({ mgPerDay, label, colour, dash, width: strokeWidth });
  };
  const capsAboveRange: string[] = [];
  const renalAdjusted = Math.abs(regimenCapMgPerDay - planCapMgPerDay) > 1e-9;
  const planCapLabel = `Plan cap ${mg(planCapMgPerDay)} mg/day${renalAdjusted ? ' (renal-adjusted)' : ''}`;
  if (planCapMgPerDay <= yMax) addLine(planCapMgPerDay, planCapLabel, '#c92a2a', '', 1.2);
  else capsAboveRange.push(planCapLabel);
  if (renalAdjusted) {
    const regimenCapLabel = `Regimen cap ${mg(regimenCapMgPerDay)} mg/day (before renal factor)`;
    if (regimenCapMgPerDay <= yMax) addLine(regimenCapMgPerDay, regimenCapLabel, '#6c757d', '6 3', 0.9);
    else capsAboveRange.push(regimenCapLabel);
  }
  const thresholdsAboveRange: number[] = [];
  for (const threshold of DOSE_THRESHOLDS) {
    if (threshold.mgPerDay <= yMax) addLine(threshold.mgPerDay, threshold.label, '#d9480f', '2 3', 0.9);
    else thresholdsAboveRange.push(threshold.mgPerDay);
  }
  // Above the range, said once per dose: a cap at a threshold's dose carries the threshold's name.
  const aboveRange = [
    ...capsAboveRange.map((label) => ({ mgPerDay: Number(/(\d+(\.\d+)?) mg\/day/.exec(label)?.[1]), label })),
    ...DOSE_THRESHOLDS.filter((threshold) => threshold.mgPerDay > yMax),
  ]
    .sort((a, b) => a.mgPerDay - b.mgPerDay)
    .reduce<{ mgPerDay: number; label: string }[]>((merged, item) => {
      const same = merged.find((entry) => entry.mgPerDay === item.mgPerDay);
      if (same) same.label = `${same.label} · ${item.label.replace(/^\d+ mg\/day — /, '')}`;
      else merged.push({ ...item });
      return merged;
    }, []);
  lineSpecs.sort((a, b) => a.mgPerDay - b.mgPerDay);
  const labelParts: string[] = [];
  let lastLabelY = Number.POSITIVE_INFINITY;
  for (const line of lineSpecs) {
    const yy = y(line.mgPerDay);
    parts.push(
      `<line x1="${left}" y1="${round(yy)}" x2="${round(left + plotWidth)}" y2="${round(yy)}" stroke="${line.colour}" stroke-width="${line.width}"${line.dash ? ` stroke-dasharray="${line.dash}"` : ''}/>`,
    );
    // In the gutter, level with its line ("150 mg/day"); when two lines are close, the upper moves up.
    let labelY = yy + 2.5;
    if (lastLabelY - labelY < 8.5) labelY = lastLabelY - 8.5;
    lastLabelY = labelY;
    labelParts.push(
      `<line x1="${round(left + plotWidth)}" y1="${round(yy)}" x2="${round(left + plotWidth + 4)}" y2="${round(labelY - 2.5)}" stroke="${line.colour}" stroke-width="0.6"/>`,
      `<text x="${round(left + plotWidth + 6)}" y="${round(labelY)}" font-size="7" fill="${line.colour}">${escapeXml(`${mg(line.mgPerDay)} mg/day`)}</text>`,
    );
  }

  // The daily total as a step line over a light fill.
  if (days.length > 0) {
    let path = '';
    for (const day of days) {
      const x1 = x(day.day);
      const x2 = x(day.day + 1);
      const yy = y(day.totalMg);
      path += path
        ? ` L ${round(x1)} ${round(yy)} L ${round(x2)} ${round(yy)}`
        : `M ${round(x1)} ${round(yy)} L ${round(x2)} ${round(yy)}`;
    }
    const baseline = round(top + plotHeight);
    const lastX = round(x(firstDay + dayCount));
    parts.push(
      `<path d="${path} L ${lastX} ${baseline} L ${round(left)} ${baseline} Z" fill="#1c4f8a" fill-opacity="0.12" stroke="none"/>`,
      `<path d="${path}" fill="none" stroke="#1c4f8a" stroke-width="1.5"/>`,
    );
  }

  parts.push(...labelParts, '</svg>');
  return {
    svg: parts.join(''),
    thresholdsAboveRange,
    capsAboveRange,
    aboveRange: aboveRange.map((item) => item.label),
    lines: lineSpecs.map((line) => ({ mgPerDay: line.mgPerDay, label: line.label })),
  };
}
