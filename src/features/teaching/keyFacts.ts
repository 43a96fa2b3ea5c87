/**
 * Compares what a case's text states (keyFacts) with what the rules module computes. The unit test
 * fails on any mismatch, and the reveal shows the same table so a teacher sees a stale case at once.
 */
import type { KeyFacts } from './caseTypes';
import type { CaseRun } from './runCase';
import { planFacts } from './planFacts';
import {
  BAND_LABEL,
  ESTIMATOR_LABEL,
  WEIGHT_BASIS_LABEL,
  formatDoseFactor,
  formatMg,
  oneDecimal,
} from './format';

export interface FactCheck {
  key: keyof KeyFacts;
  label: string;
  stated: string;
  computed: string;
  matches: boolean;
}

const yesNo = (value: boolean | undefined) => (value === undefined ? '—' : value ? 'yes' : 'no');
const text = (value: string | number | null | undefined) =>
  value === undefined ? '—' : value === null ? 'none' : String(value);

/** One row per stated fact, in a stable order. */
export function checkKeyFacts(facts: KeyFacts, run: CaseRun): FactCheck[] {
  const rows: FactCheck[] = [];
  const { renal, plan } = run;
  const allRuleIds = new Set(run.findings.map((finding) => finding.ruleId));
  const days = planFacts(plan);

  function add(key: keyof KeyFacts, label: string, stated: string, computed: string) {
    rows.push({ key, label, stated, computed, matches: stated === computed });
  }

  if (facts.band !== undefined)
    add('band', 'Renal band', BAND_LABEL[facts.band], renal ? BAND_LABEL[renal.band] : '—');
  if (facts.bandByCrcl !== undefined)
    add(
      'bandByCrcl',
      'Band by Cockcroft–Gault',
      BAND_LABEL[facts.bandByCrcl],
      renal?.bandByCrcl ? BAND_LABEL[renal.bandByCrcl] : '—',
    );
  if (facts.bandByEgfr !== undefined)
    add(
      'bandByEgfr',
      'Band by CKD-EPI 2021',
      BAND_LABEL[facts.bandByEgfr],
      renal?.bandByEgfr ? BAND_LABEL[renal.bandByEgfr] : '—',
    );
  if (facts.decidedBy !== undefined)
    add(
      'decidedBy',
      'Band decided by',
      ESTIMATOR_LABEL[facts.decidedBy],
      renal ? ESTIMATOR_LABEL[renal.decidedBy] : '—',
    );
  if (facts.crclMlMin !== undefined)
    add('crclMlMin', 'CrCl (mL/min)', oneDecimal(facts.crclMlMin), renal ? oneDecimal(renal.crclMlMin) : '—');
  if (facts.egfrMlMin173 !== undefined)
    add(
      'egfrMlMin173',
      'eGFR (mL/min/1.73 m²)',
      oneDecimal(facts.egfrMlMin173),
      renal ? oneDecimal(renal.egfrMlMin173) : '—',
    );
  if (facts.weightBasis !== undefined)
    add(
      'weightBasis',
      'Weight basis',
      WEIGHT_BASIS_LABEL[facts.weightBasis],
      renal ? WEIGHT_BASIS_LABEL[renal.weightBasis] : '—',
    );
  if (facts.weightUsedKg !== undefined)
    add(
      'weightUsedKg',
      'Weight used (kg)',
      oneDecimal(facts.weightUsedKg),
      renal ? oneDecimal(renal.weightUsedKg) : '—',
    );
  if (facts.doseFactor !== undefined)
    add(
      'doseFactor',
      'Renal dose factor',
      formatDoseFactor(facts.doseFactor),
      renal ? formatDoseFactor(renal.doseFactor) : '—',
    );
  if (facts.blocked !== undefined)
    add('blocked', 'Blocked by a hard stop', yesNo(facts.blocked), yesNo(plan?.blocked));
  if (facts.capMgPerDay !== undefined)
    add(
      'capMgPerDay',
      'Daily cap (mg/day)',
      formatMg(facts.capMgPerDay),
      plan ? formatMg(plan.capMgPerDay) : '—',
    );
  if (facts.targetMgPerDay !== undefined)
    add(
      'targetMgPerDay',
      'Target (mg/day)',
      formatMg(facts.targetMgPerDay),
      plan ? formatMg(plan.targetMgPerDay) : '—',
    );
  if (facts.maxMgPerDay !== undefined)
    add(
      'maxMgPerDay',
      'Highest daily dose (mg/day)',
      formatMg(facts.maxMgPerDay),
      days.maxMgPerDay === undefined ? '—' : formatMg(days.maxMgPerDay),
    );
  if (facts.firstDayMg !== undefined)
    add(
      'firstDayMg',
      'Day 1 dose (mg/day)',
      formatMg(facts.firstDayMg),
      days.firstDayMg === undefined ? '—' : formatMg(days.firstDayMg),
    );
  for (const { day, mg } of facts.doseOnDay ?? []) {
    const planned = plan?.days.find((entry) => entry.day === day);
    add('doseOnDay', `Dose on day ${day} (mg/day)`, formatMg(mg), planned ? formatMg(planned.totalMg) : '—');
  }
  if (facts.daysToTarget !== undefined)
    add(
      'daysToTarget',
      'Day the target is reached',
      text(facts.daysToTarget),
      text(plan?.summary?.daysToTarget),
    );
  if (facts.taperDays !== undefined)
    add('taperDays', 'Days of taper', String(facts.taperDays), plan ? String(days.taperDays) : '—');
  if (facts.holdDays !== undefined)
    add(
      'holdDays',
      'Days on hold after intolerance',
      String(facts.holdDays),
      plan ? String(days.holdDays) : '—',
    );
  if (facts.endsWithTaper !== undefined)
    add('endsWithTaper', 'Ends with a taper', yesNo(facts.endsWithTaper), yesNo(days.endsWithTaper));
  for (const ruleId of facts.findingRuleIds ?? [])
    add('findingRuleIds', `Finding ${ruleId}`, 'raised', allRuleIds.has(ruleId) ? 'raised' : 'not raised');
  for (const ruleId of facts.absentFindingRuleIds ?? [])
    add(
      'absentFindingRuleIds',
      `Finding ${ruleId}`,
      'not raised',
      allRuleIds.has(ruleId) ? 'raised' : 'not raised',
    );
  if (facts.unrecognized !== undefined)
    add(
      'unrecognized',
      'Drugs not checked',
      facts.unrecognized.join(', ') || 'none',
      run.interactions.unrecognized.join(', ') || 'none',
    );
  if (facts.visitActions !== undefined)
    add(
      'visitActions',
      'Suggested at each visit',
      facts.visitActions.join(' → ') || 'none',
      run.visits.map((entry) => entry.suggestion.action).join(' → ') || 'none',
    );
  return rows;
}
