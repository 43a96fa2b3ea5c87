/**
 * The plan's rules as data (spec §3–§5, §8): rule id, severity, evidence, sources and the text
 * templates of every finding the plan builder raises. `{name}` in a template is filled from the
 * values given to `planFinding`, so numbers that have a constant (80 mg/day, the unit, the interval)
 * come from that constant and never stand as literals in the text.
 */
import type { Evidence, Finding, Severity } from './types';

export interface PlanRule {
  severity: Severity;
  evidence: Evidence;
  sources: readonly string[];
  title: string;
  detail: string;
  action?: string;
}

const DEFAULT_SOURCES = ['bacloplan-default'] as const;

export const PLAN_RULES = {
  'plan.blocked': {
    severity: 'hard-stop',
    evidence: 'guideline',
    sources: ['wolf-2018', 'vlavonou-2014'],
    title: 'No plan: severe renal impairment (CrCl ≤ 30 mL/min) — specialist override required',
    detail:
      'Avoid baclofen (CrCl ≤ 30 mL/min). A plan can be produced only after an explicit override with a recorded reason; doses are then × 1/3 (Vlavonou 2014). A taper from a current dose is never blocked.',
    action: 'Record a specialist override reason to plan, or choose another treatment.',
  },
  'plan.blocked-dialysis': {
    severity: 'hard-stop',
    evidence: 'guideline',
    sources: ['wolf-2018', 'pms-baclofen'],
    title: 'No plan: on dialysis — specialist override required',
    detail:
      'Avoid baclofen on dialysis. A plan can be produced only after an explicit override with a recorded reason; it is then limited to {dialysisCap} (PMS-Baclofen monograph). A taper from a current dose is never blocked.',
    action: 'Record a specialist override reason to plan, or choose another treatment.',
  },
  'plan.blocked-unit-question': {
    severity: 'hard-stop',
    evidence: 'default',
    sources: DEFAULT_SOURCES,
    title: 'No plan until the creatinine unit is answered',
    detail:
      'The creatinine looks like the other unit, so the kidney function (and with it every dose and interval) is unknown. Switch the unit or confirm the unit as entered; an override does not answer this question.',
    action: 'Answer the unit question in “Patient & renal”.',
  },
  'plan.renal-not-assessed': {
    severity: 'major',
    evidence: 'default',
    sources: ['wuis-1989', 'bacloplan-default'],
    title: 'Renal function not assessed',
    detail:
      'Renal function not assessed: baclofen is 70–80 % renally excreted; check creatinine before starting. This plan uses dose factor 1 (normal kidneys).',
    action: 'Enter age, sex, weight and creatinine, then re-plan.',
  },
  'plan.override-renal': {
    severity: 'major',
    evidence: 'default',
    sources: ['bacloplan-default'],
    title: 'Override: {what}',
    detail: 'Planned past the renal hard stop on the prescriber’s recorded reason: “{reason}”.',
    action: 'Keep the specialist reason with the chart; the override is printed on the plan.',
  },
  'plan.override-dose-profile': {
    severity: 'major',
    evidence: 'default',
    sources: ['bacloplan-default', 'baclocur-smpc-2018'],
    title: 'Override: French authorised maximum of {frCap} (profile fr-2018)',
    detail: 'Planned beyond {frCap} on the prescriber’s recorded reason: “{reason}”.',
    action: 'Keep the specialist reason with the chart; the override is printed on the plan.',
  },
  'profile.fr-2018': {
    severity: 'moderate',
    evidence: 'label',
    sources: ['baclocur-smpc-2018'],
    title: 'Capped at {frCap} (French authorised maximum)',
    detail:
      'Profile fr-2018 makes {frCap} the cap (Baclocur 2018); the regimen allows {regimenCap}. Escalation beyond {frCap} needs its own override with a recorded reason (separate from any renal override).',
    action: 'Record a dose-profile override reason to plan beyond {frCap}.',
  },
  'plan.target-limited': {
    severity: 'info',
    evidence: 'default',
    sources: DEFAULT_SOURCES,
    title: 'Target lowered to {target}',
    detail:
      'The target of {requested} is above what this plan can give: cap {cap}{bandNote}, doses in {unit} mg units (rounded down). The plan stops at {target}.',
  },
  'plan.flexible-target': {
    severity: 'info',
    evidence: 'default',
    sources: ['ansm-2017', 'bacloplan-default'],
    title: 'Individual target — reassess at each visit ({target} projected)',
    detail:
      'A flexible regimen is titrated to the patient’s response; its projected target is min(regimen cap, {highDoseAbove}) = {target}. Above {highDoseAbove} a specialist collegial assessment is needed (ANSM 2017): set a higher target explicitly if it is intended.',
  },
  'plan.start-limited': {
    severity: 'info',
    evidence: 'default',
    sources: DEFAULT_SOURCES,
    title: 'Start dose lowered to the target ({start})',
    detail: 'The start dose of {requested} is above the target, so the plan starts at the target.',
  },
  'plan.step-lengthened': {
    severity: 'info',
    evidence: 'default',
    sources: DEFAULT_SOURCES,
    title: '{what} of {unit} mg every {interval} days (slower than one unit allows)',
    detail:
      'The renal-adjusted {whatLower} is {scaledStep} every {scaledInterval} days, smaller than one {unit} mg unit of {product}. Rounding never speeds a schedule up, so the step is one unit and the interval is lengthened in proportion: {unit} mg every {interval} days. {finer}',
  },
  'plan.current-dose': {
    severity: 'info',
    evidence: 'default',
    sources: DEFAULT_SOURCES,
    title: 'Starts from the current dose of {current}',
    detail:
      'A current dose was given, so day 1 is at {current}: a plan never silently restarts at the regimen’s start dose.{modeNote}',
  },
  'plan.current-above-cap': {
    severity: 'major',
    evidence: 'guideline',
    sources: ['ansm-2017', 'brvar-2007'],
    title: 'Current dose {current} is above the {capKind} cap of {cap}',
    detail:
      'The plan first comes down to the cap at −{comeDownStep} every {comeDownInterval} days (ANSM 2017), never in one jump, then continues at the {pace} pace.{toxicity}',
    action: 'Review the step-down with the patient; see them before each cut.',
  },
  'plan.current-above-ceiling': {
    severity: 'major',
    evidence: 'guideline',
    sources: ['ansm-rtu-2014', 'bacloville-2020'],
    title: 'Current dose {current} is above the {ceiling} ceiling',
    detail:
      'The patient already takes more than {ceiling}: the dose is tapered, never stopped abruptly. Escalation above {ceiling} is never planned.',
    action: 'Seek specialist advice; watch for toxicity (confusion, somnolence, slow breathing).',
  },
  'plan.current-above-target': {
    severity: 'info',
    evidence: 'default',
    sources: DEFAULT_SOURCES,
    title: 'Stepping down from {current} to the target {target}',
    detail: 'The current dose is above the target; the plan reaches the target with taper steps.',
  },
  'plan.replan-from-zero': {
    severity: 'info',
    evidence: 'default',
    sources: DEFAULT_SOURCES,
    title: 'Re-plan from 0 mg/day starts again from the start dose',
    detail: 'A current dose below one {unit} mg unit is a fresh start: the plan begins at {start}.',
  },
  'plan.hard-stop-taper': {
    severity: 'major',
    evidence: 'default',
    sources: ['wolf-2018', 'fda-label', 'bacloplan-default'],
    title: 'Renal hard stop: the re-plan is a taper to 0',
    detail:
      'Baclofen is to be avoided at this kidney function, and stopping abruptly is dangerous, so the re-plan from {current} is a taper to 0 (never blocked). With a recorded renal override it would come down to the renal cap and continue there.',
    action: 'Taper as planned, or record a specialist renal override to continue at the renal cap.',
  },
  'plan.trial-pace': {
    severity: 'info',
    evidence: 'default',
    sources: DEFAULT_SOURCES,
    title: '{trial} moved faster than bacloplan plans',
    detail:
      'The trial titrated in {titrationWeeks} weeks and tapered in {taperWeeks} weeks; bacloplan uses the slower sourced steps (+{step} every {interval} days; bacloplan’s default taper). {reached}',
  },
  'plan.practical-tablets': {
    severity: 'info',
    evidence: 'default',
    sources: DEFAULT_SOURCES,
    title: 'Up to {tablets} tablets per dose: consider {proposal}',
    detail:
      'At {maxDose} per administration, {product} needs {tablets} tablets at once. {proposal} gives at most {proposedTablets} per dose with the same rounding.',
    action: 'Change the product in the regimen parameters.',
  },
  'plan.intolerance': {
    severity: 'info',
    evidence: 'default',
    sources: ['reynaud-2017', 'bacloplan-default'],
    title: 'Intolerance: stepped back to the last tolerated dose',
    detail: '{lines}.',
  },
  'plan.intolerance-ignored': {
    severity: 'info',
    evidence: 'default',
    sources: DEFAULT_SOURCES,
    title: 'Intolerance days not applied',
    detail:
      'Day(s) {days} fall in a taper or outside the titration and maintenance, where the dose is already coming down or no dose is planned. Re-plan from today if the patient does not tolerate the current dose.',
  },
  'plan.taper': {
    severity: 'info',
    evidence: 'default',
    sources: ['bacloplan-default', 'fda-label', 'baclocur-smpc-2018', 'ansm-2017'],
    title: 'Taper {start} to {end}: never stop abruptly',
    detail:
      'Withdrawal can cause hallucinations, seizures, hyperthermia, rhabdomyolysis, multi-organ failure and death (US labels). {pace}; {ending}',
  },
  'plan.taper-last-level': {
    severity: 'info',
    evidence: 'default',
    sources: DEFAULT_SOURCES,
    title: 'Last taper dose is {last}',
    detail:
      '{product} cannot give less than {unit} mg, so the last step is larger than the usual last step of at most {lastMax}. A 10 mg scored tablet or the oral solution allows a gentler last step.',
  },
  'plan.review': {
    severity: 'info',
    evidence: 'default',
    sources: DEFAULT_SOURCES,
    title: 'Continue, review on {date}',
    detail:
      'This plan does not stop baclofen: it continues at {dose} until the review on {date}. At review, continue (re-plan from that day), adjust or taper — never stop abruptly.',
  },
  'monitor.creatinine': {
    severity: 'info',
    evidence: 'default',
    sources: DEFAULT_SOURCES,
    title: 'Creatinine checks: {count} dated',
    detail:
      'Renal band {band}: check creatinine on {dates}. Re-plan with the new renal assessment if the band changes.',
  },
  'monitor.sedation-mood': {
    severity: 'info',
    evidence: 'default',
    sources: DEFAULT_SOURCES,
    title: 'At each visit: sedation, mood and suicidality',
    detail:
      'Ask about drowsiness, mood and suicidal thoughts at every visit; step back (intolerance rule) if sedation appears.',
  },
  'monitor.drinking-craving': {
    severity: 'info',
    evidence: 'default',
    sources: DEFAULT_SOURCES,
    title: 'At each visit: drinking (g/day) and craving',
    detail:
      'Titration stops at the goal: craving indifference or low-risk drinking (≤ 40 g/day for men, ≤ 20 g/day for women), the cap, or intolerance.',
  },
  'monitor.sleep-apnoea': {
    severity: 'info',
    evidence: 'default',
    sources: ['bacloplan-default', 'olivier-2016', 'revol-2018'],
    title: 'Screen for sleep apnoea above {highDoseAbove}',
    detail:
      'Central sleep apnoea has been reported with baclofen at 40–190 mg/day. This plan goes above {highDoseAbove} from {date}: screen before then and while above it.',
  },
  'plan.cautious-titration': {
    severity: 'info',
    evidence: 'default',
    sources: ['fda-2016-opioids', 'fda-2019-gabapentinoids', 'bacloplan-default'],
    title: 'Cautious titration available ({subjects})',
    detail:
      'With {subjects}, the FDA asks for lower doses and slower titration without numbers. bacloplan offers, never applies by itself, a preset: half the step, twice the interval, target ≤ {maxTarget}.',
    action: 'Apply the cautious-titration preset (recorded as a parameter change).',
  },
} as const satisfies Record<string, PlanRule>;

export type PlanRuleId = keyof typeof PLAN_RULES;

/** Fills `{name}` placeholders from `values` (a missing value leaves its placeholder visible). */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = values[name];
    return value === undefined ? match : String(value);
  });
}

/** The finding of a plan rule, its templates filled with `values`. */
export function planFinding(
  ruleId: PlanRuleId,
  values: Readonly<Record<string, string | number>> = {},
  extra: Pick<Finding, 'subject'> & { severity?: Severity } = {},
): Finding {
  const rule: PlanRule = PLAN_RULES[ruleId];
  const finding: Finding = {
    ruleId: ruleId === 'plan.blocked-dialysis' ? 'plan.blocked' : ruleId,
    severity: extra.severity ?? rule.severity,
    title: fillTemplate(rule.title, values),
    detail: fillTemplate(rule.detail, values),
    evidence: rule.evidence,
    sources: [...rule.sources],
  };
  if (rule.action !== undefined) finding.action = fillTemplate(rule.action, values);
  if (extra.subject !== undefined) finding.subject = extra.subject;
  return finding;
}

/** `12.5 mg/day`: the one way plan texts write a daily dose. */
export function mgText(mg: number): string {
  return `${Math.round(mg * 100) / 100} mg/day`;
}
