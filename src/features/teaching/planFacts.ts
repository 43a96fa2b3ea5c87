/** Figures derived from a plan's days, shared by the key-fact check, summaries and charts. */
import type { Plan } from '../../rules';

export interface PlanFacts {
  totalDays: number;
  firstDayMg: number | undefined;
  maxMgPerDay: number | undefined;
  taperDays: number;
  holdDays: number;
  /** The plan's last day is a taper day (a stop), rather than a review. */
  endsWithTaper: boolean | undefined;
}

export function planFacts(plan: Plan | null): PlanFacts {
  const days = plan?.days ?? [];
  const last = days[days.length - 1];
  return {
    totalDays: days.length,
    firstDayMg: days[0]?.totalMg,
    maxMgPerDay: days.length === 0 ? undefined : Math.max(...days.map((day) => day.totalMg)),
    taperDays: days.filter((day) => day.phase === 'taper').length,
    holdDays: days.filter((day) => day.phase === 'hold').length,
    endsWithTaper: last ? last.phase === 'taper' : undefined,
  };
}
