/**
 * Daily-dose series for the what-if chart and its table alternative. Lines differ by dash pattern and
 * marker as well as colour, so regimens can be told apart in greyscale print and by colour-blind readers.
 */
import type { PlanDay } from '../../rules';

export interface DoseSeries {
  id: string;
  label: string;
  days: readonly PlanDay[];
  capMgPerDay: number;
}

export const SERIES_STYLE = [
  { color: '#1c4f8a', dash: undefined, dashText: 'solid line' },
  { color: '#b45309', dash: '8 4', dashText: 'dashed line' },
  { color: '#047857', dash: '2 3', dashText: 'dotted line' },
  { color: '#7e22ce', dash: '10 4 2 4', dashText: 'dash-dot line' },
] as const;

export function seriesStyle(index: number) {
  return SERIES_STYLE[index % SERIES_STYLE.length] ?? SERIES_STYLE[0];
}

/** One row per plan day with each series' total (undefined after a series has ended). */
export function chartRows(series: readonly DoseSeries[]): Record<string, number | undefined>[] {
  const length = Math.max(0, ...series.map((entry) => entry.days.length));
  return Array.from({ length }, (_, index) => {
    const row: Record<string, number | undefined> = { day: index + 1 };
    for (const entry of series) row[entry.id] = entry.days[index]?.totalMg;
    return row;
  });
}

export interface DoseChange {
  day: number;
  /** Dose of each series on that day, by series id; undefined once a series has ended. */
  mgBySeries: Record<string, number | undefined>;
  /** Phase of each series on that day (titration, hold, maintenance, taper). */
  phaseBySeries: Record<string, PlanDay['phase'] | undefined>;
}

/** Only the days on which any series changes dose or phase: a compact text alternative to the chart. */
export function doseChanges(series: readonly DoseSeries[]): DoseChange[] {
  const length = Math.max(0, ...series.map((entry) => entry.days.length));
  const changes: DoseChange[] = [];
  for (let index = 0; index < length; index += 1) {
    const changed = series.some((entry) => {
      const today = entry.days[index];
      const yesterday = entry.days[index - 1];
      if (!today) return index === entry.days.length && index > 0;
      return !yesterday || today.totalMg !== yesterday.totalMg || today.phase !== yesterday.phase;
    });
    if (!changed) continue;
    const mgBySeries: DoseChange['mgBySeries'] = {};
    const phaseBySeries: DoseChange['phaseBySeries'] = {};
    for (const entry of series) {
      mgBySeries[entry.id] = entry.days[index]?.totalMg;
      phaseBySeries[entry.id] = entry.days[index]?.phase;
    }
    changes.push({ day: index + 1, mgBySeries, phaseBySeries });
  }
  return changes;
}
