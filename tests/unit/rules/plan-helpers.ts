/**
 * Shared helpers for the planner tests. Renal assessments are built by hand (band, factors, findings)
 * so these tests do not depend on renal.ts.
 */
import type { Finding, Plan, RenalAssessment, RenalBand } from '../../../src/rules/types';

/** Spec §2.3 factors, written out by hand. */
export const SPEC_BAND_FACTORS: Record<RenalBand, { doseFactor: number; intervalFactor: number }> = {
  normal: { doseFactor: 1, intervalFactor: 1 },
  mild: { doseFactor: 2 / 3, intervalFactor: 1 },
  moderate: { doseFactor: 1 / 2, intervalFactor: 2 },
  severe: { doseFactor: 1 / 3, intervalFactor: 2 },
  dialysis: { doseFactor: 0, intervalFactor: 2 },
};

export function renalFinding(ruleId: string, severity: Finding['severity'] = 'info'): Finding {
  return {
    ruleId,
    severity,
    title: ruleId,
    detail: ruleId,
    evidence: 'pk-study',
    sources: ['vlavonou-2014'],
  };
}

export function makeRenal(band: RenalBand, extra: Partial<RenalAssessment> = {}): RenalAssessment {
  const hardStop = band === 'severe' || band === 'dialysis';
  return {
    crclMlMin: band === 'normal' ? 100 : band === 'mild' ? 70 : band === 'moderate' ? 40 : 20,
    egfrMlMin173: 90,
    weightBasis: 'actual',
    weightUsedKg: 70,
    band,
    decidedBy: band === 'dialysis' ? 'dialysis' : 'cockcroft-gault',
    doseFactor: SPEC_BAND_FACTORS[band].doseFactor,
    intervalFactor: SPEC_BAND_FACTORS[band].intervalFactor,
    findings: hardStop
      ? [renalFinding(`renal.${band}-hard-stop`, 'hard-stop')]
      : band === 'normal'
        ? []
        : [renalFinding('renal.recheck-creatinine')],
    ...extra,
  };
}

/** Runs of equal daily totals: [firstDay, lastDay, totalMg, phase]. */
export type Run = [number, number, number, string];

export function runs(plan: Plan): Run[] {
  const result: Run[] = [];
  for (const day of plan.days) {
    const last = result[result.length - 1];
    if (last && last[2] === day.totalMg && last[3] === day.phase && last[1] === day.day - 1)
      last[1] = day.day;
    else result.push([day.day, day.day, day.totalMg, day.phase]);
  }
  return result;
}

export function ruleIds(plan: Plan): string[] {
  return plan.findings.map((finding) => finding.ruleId);
}

export function findingOf(plan: Plan, ruleId: string): Finding | undefined {
  return plan.findings.find((finding) => finding.ruleId === ruleId);
}

export function dayOf(plan: Plan, day: number) {
  const found = plan.days[day - 1];
  if (!found || found.day !== day) throw new Error(`no day ${day}`);
  return found;
}
