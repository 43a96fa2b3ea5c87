/**
 * Follow-up visits as data (spec §9): the thresholds, the red flags and the finding of each rule, with
 * its evidence and sources. `{name}` placeholders are filled by `visitFinding` from the values given.
 */
import { fillTemplate, type PlanRule } from './plan-findings';
import type { Finding, SideEffect, Sex } from './types';

/** The country's standard drink, g of alcohol (spec §9). */
export const DRINK_SIZES_G = { FR: 10, UK: 8, US: 14 } as const;
export type DrinkCountry = keyof typeof DRINK_SIZES_G;

/** Low-risk drinking, the goal of the Baclocur SmPC (spec §3, §9): g/day at or below. */
export const LOW_RISK_G_PER_DAY: Readonly<Record<Sex, number>> = { male: 40, female: 20 };
/** A heavy-drinking day (spec §9): g of alcohol at or above. */
export const HEAVY_DAY_G: Readonly<Record<Sex, number>> = { male: 60, female: 40 };
/** Craving at or below this (0–10) counts as the goal (craving indifference, spec §9 rule 3). */
export const CRAVING_GOAL_MAX = 2;
export const CRAVING_SCALE = { min: 0, max: 10 } as const;
/** Consecutive visits meeting the goal before escalation stops (spec §9 rule 3). */
export const GOAL_VISITS_IN_A_ROW = 2;
/** "No effect at the maximum after 6–8 weeks" (spec §9 rule 4): the suggestion comes from 6 weeks. */
export const NO_EFFECT_AFTER_DAYS = 42;

export const SIDE_EFFECTS: readonly SideEffect[] = [
  'somnolence',
  'dizziness',
  'confusion',
  'insomnia',
  'nausea',
  'paraesthesia',
  'low-mood',
  'suicidal-ideation',
  'seizure',
  'slowed-breathing',
];

/**
 * Red flags at any grade (spec §9). The spec names them twice and the two lists differ: "the last four"
 * of its side-effect list (low mood, suicidal ideation, seizure, slowed breathing) and rule 1
 * (confusion, suicidal ideation, seizure, slowed breathing). Both readings are taken: either list's
 * flags lead to urgent review (reported in src/rules/README.md).
 */
export const RED_FLAGS: ReadonlySet<SideEffect> = new Set<SideEffect>([
  'confusion',
  'low-mood',
  'suicidal-ideation',
  'seizure',
  'slowed-breathing',
]);

export const SIDE_EFFECT_LABELS: Readonly<Record<SideEffect, string>> = {
  somnolence: 'somnolence',
  dizziness: 'dizziness',
  confusion: 'confusion',
  insomnia: 'insomnia',
  nausea: 'nausea',
  paraesthesia: 'paraesthesia',
  'low-mood': 'low mood',
  'suicidal-ideation': 'suicidal ideation',
  seizure: 'seizure',
  'slowed-breathing': 'slowed breathing',
};

/** A visit rule has the shape of a plan rule: severity, evidence, sources and text templates. */
export type VisitRule = PlanRule;

export const VISIT_RULES = {
  'visit.red-flag': {
    severity: 'major',
    evidence: 'label',
    sources: ['fda-label', 'baclocur-smpc-2018', 'ansm-2017'],
    title: 'Urgent clinical review: {flags}',
    detail:
      'A red flag ({flags}) was reported. No escalation. Never stop baclofen abruptly; if toxicity is suspected, reduce under supervision.',
    action: 'Review the patient now; the plan holds at {dose} until you decide.',
  },
  'visit.intolerance': {
    severity: 'moderate',
    evidence: 'trial',
    sources: ['reynaud-2017', 'bacloplan-default'],
    title: 'Not tolerated at {dose}: step back, hold, retry once',
    detail:
      'Troublesome {effects} at {dose}. Intolerance rule (spec §3): step back to the last tolerated dose, hold {holdDays} days, then retry {dose} once.',
    action: 'Re-plan from {date}: step back and hold.',
  },
  'visit.intolerance-again': {
    severity: 'moderate',
    evidence: 'trial',
    sources: ['reynaud-2017', 'bacloplan-default'],
    title: 'Not tolerated again at {dose}: the last tolerated dose is the maintenance dose',
    detail:
      'Troublesome {effects} at {dose}, which was not tolerated before either (visit of {earlier}). Intolerance rule (spec §3): the last tolerated dose becomes the maintenance dose, the individual maximum.',
    action: 'Re-plan from {date}: step back and maintain.',
  },
  'visit.intolerance-maintenance': {
    severity: 'moderate',
    evidence: 'trial',
    sources: ['reynaud-2017', 'bacloplan-default'],
    title: 'Not tolerated in maintenance at {dose}: step back and hold',
    detail:
      'Troublesome {effects} at {dose}, the maintenance dose. Intolerance rule (spec §3): step back and hold; maintenance continues at the lower dose until you re-plan.',
    action: 'Re-plan from {date}: step back; maintain the lower dose.',
  },
  'visit.goal-reached': {
    severity: 'info',
    evidence: 'label',
    sources: ['baclocur-smpc-2018'],
    title: 'Goal reached at two visits in a row: stop escalating, maintain {dose}',
    detail:
      'This visit and the one of {earlier} each meet the goal (≤ {lowRisk} g/day of alcohol, abstinence, or craving ≤ {cravingMax}/10). Escalation stops; the dose is maintained.',
    action: 'Re-plan from {date}: maintain {dose}.',
  },
  'visit.no-effect-at-maximum': {
    severity: 'moderate',
    evidence: 'label',
    sources: ['baclocur-smpc-2018'],
    title: 'No effect after {weeks} weeks at the maximum dose: reassess; consider a taper',
    detail:
      'The patient has taken {dose} (the {maximumKind}) since {since} and the goal is not met. Baclocur SmPC §4.2: reassess the treatment; consider a taper.',
    action: 'Reassess; the suggested re-plan tapers from {dose} (edit it to maintain instead).',
  },
  'visit.continue': {
    severity: 'info',
    evidence: 'default',
    sources: ['bacloplan-default', 'baclocur-smpc-2018'],
    title: 'Continue titration from {dose}',
    detail:
      'Tolerated and the goal is not yet met at two visits in a row{goalNote}. The titration continues from the dose actually taken ({dose}), not the planned one.',
    action: 'Re-plan from {date} at {dose}.',
  },
  'visit.continue-taper': {
    severity: 'info',
    evidence: 'label',
    sources: ['baclocur-smpc-2018', 'fda-label'],
    title: 'Continue the taper from {dose}',
    detail:
      'The plan is tapering. The taper continues from the dose actually taken ({dose}) at the spec §5 pace; never stop abruptly.',
    action: 'Re-plan the taper from {date} at {dose}.',
  },
  'visit.renal-changed': {
    severity: 'info',
    evidence: 'guideline',
    sources: ['wolf-2018', 'vlavonou-2014'],
    title: 'Kidney function at this visit: {before} → {after}',
    detail:
      'The creatinine of this visit gives CrCl {crcl} mL/min ({after} band, dose factor {factor}). The re-plan uses this assessment (spec §2); {consequence}',
  },
  'visit.dose-differs': {
    severity: 'info',
    evidence: 'default',
    sources: ['bacloplan-default'],
    title: 'Dose taken {taken}, planned {planned}',
    detail:
      'The patient took {taken} where the plan had {planned} for {date}. The re-plan starts from the dose actually taken.',
  },
} as const satisfies Record<string, VisitRule>;

export type VisitRuleId = keyof typeof VISIT_RULES;

/** The finding of a visit rule, its templates filled with `values`. */
export function visitFinding(
  ruleId: VisitRuleId,
  values: Readonly<Record<string, string | number>>,
): Finding {
  const rule: VisitRule = VISIT_RULES[ruleId];
  const finding: Finding = {
    ruleId,
    severity: rule.severity,
    title: fillTemplate(rule.title, values),
    detail: fillTemplate(rule.detail, values),
    evidence: rule.evidence,
    sources: [...rule.sources],
  };
  if (rule.action !== undefined) finding.action = fillTemplate(rule.action, values);
  return finding;
}
