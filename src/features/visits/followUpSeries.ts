/**
 * The follow-up chart's rows: the planned dose (each visit's plan of the day, then the current plan day
 * by day — a re-plan shows as a step), the dose actually taken, alcohol g/day and craving at each
 * visit. x is the UTC day number, so no time zone moves a point.
 */
import type { PlanDay } from '../../rules';
import type { VisitRecord } from '../../lib/db';

export interface FollowUpRow {
  x: number;
  date: string;
  planned?: number;
  taken?: number;
  grams?: number;
  craving?: number;
  visit?: boolean;
}

const MS_PER_DAY = 86_400_000;

export function dayNumber(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number);
  return Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1) / MS_PER_DAY;
}

export function isoOfDay(x: number): string {
  return new Date(x * MS_PER_DAY).toISOString().slice(0, 10);
}

export function followUpRows(visits: readonly VisitRecord[], planDays: readonly PlanDay[]): FollowUpRow[] {
  const rows = new Map<number, FollowUpRow>();
  const row = (date: string) => {
    const x = dayNumber(date);
    let found = rows.get(x);
    if (!found) {
      found = { x, date };
      rows.set(x, found);
    }
    return found;
  };
  const planStart = planDays[0]?.date;
  for (const record of visits) {
    const item = row(record.visit.date);
    item.visit = true;
    item.taken = record.visit.doseTakenMgPerDay;
    if (record.plannedMgPerDay !== undefined && (!planStart || record.visit.date < planStart))
      item.planned = record.plannedMgPerDay;
    if (record.visit.drinksPerDay !== undefined && record.visit.drinkSizeG !== undefined)
      item.grams = record.visit.drinksPerDay * record.visit.drinkSizeG;
    if (record.visit.cravingScore !== undefined) item.craving = record.visit.cravingScore;
  }
  for (const day of planDays) row(day.date).planned = day.totalMg;
  return [...rows.values()].sort((a, b) => a.x - b.x);
}
