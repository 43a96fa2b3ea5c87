/**
 * Public types of the rules module (the stable contract in docs/architecture).
 * Rename nothing here without a deprecation: other code and outside tools rely on these names.
 */

export type Sex = 'female' | 'male';

export type Severity =
  'hard-stop' | 'contraindicated' | 'major' | 'moderate' | 'minor' | 'compatible' | 'info';

/** How strong the basis of a rule is; `default` is a bacloplan choice, never shown as evidence. */
export type Evidence = 'trial' | 'label' | 'guideline' | 'pk-study' | 'default';

export interface Finding {
  ruleId: string;
  severity: Severity;
  title: string;
  detail: string;
  action?: string;
  /** The drug (generic name) or condition it is about, if any. */
  subject?: string;
  evidence: Evidence;
  sources: string[];
}

/** One step of a calculation, for "explain this number" panels and teaching mode. */
export interface ExplainStep {
  /** Stable id of the rule or formula applied (e.g. `renal.cockcroft-gault`). */
  ruleId: string;
  label: string;
  /** The formula in words/symbols, e.g. `(140 − age) × weight / (72 × SCr)`. */
  formula?: string;
  /** Inputs as displayed, with units in the key or value. */
  inputs: Record<string, string | number>;
  /** Human-readable substituted expression. */
  substituted?: string;
  result: string | number;
  unit?: string;
  evidence: Evidence;
  sources: string[];
}

export interface RenalInput {
  ageYears: number;
  sex: Sex;
  weightKg: number;
  /** Devine ideal body weight is defined from 152.4 cm only; below it actual weight is used. */
  heightCm?: number;
  creatinine: {
    value: number;
    unit: 'mg/dL' | 'umol/L';
    /**
     * The clinician's answer to the unit question (spec §2.4, ruleset 1.2): `true` confirms that a
     * value in mg/dL above 20, or in µmol/L below 20, really is in the unit entered. It is the only
     * answer besides changing the unit; an override reason never resolves the question.
     */
    unitConfirmed?: boolean;
  };
  /**
   * An earlier creatinine, for the KDIGO 2012 steady-state check (spec §2.4, ruleset 1.2): a rise of
   * ≥ 0.3 mg/dL within 48 h, or to ≥ 1.5 × within 7 days, means CrCl and eGFR are not reliable.
   */
  previousCreatinine?: { value: number; unit: 'mg/dL' | 'umol/L'; hoursBefore: number };
  onDialysis?: boolean;
  /** `ideal` and `adjusted` need a height of at least 152.4 cm (Devine). */
  weightBasis?: 'auto' | 'actual' | 'ideal' | 'adjusted';
}

export type RenalBand = 'normal' | 'mild' | 'moderate' | 'severe' | 'dialysis';

export interface RenalAssessment {
  crclMlMin: number;
  egfrMlMin173: number;
  weightBasis: 'actual' | 'ideal' | 'adjusted';
  weightUsedKg: number;
  band: RenalBand;
  decidedBy: 'cockcroft-gault' | 'ckd-epi-2021' | 'dialysis';
  /** 1, 2/3, 1/2, 1/3; 0 on dialysis. */
  doseFactor: number;
  findings: Finding[];
  /** Additions to the contract (allowed: "add freely"). */
  creatinineMgDl?: number;
  ibwKg?: number;
  adjustedWeightKg?: number;
  bandByCrcl?: RenalBand;
  bandByEgfr?: RenalBand;
  /** Interval multiplier for escalation and taper steps (2 in moderate/severe). */
  intervalFactor?: number;
  explain?: ExplainStep[];
  /**
   * Present while the unit question is open (spec §2.4, ruleset 1.2; finding
   * `renal.unit-unconfirmed`): the creatinine as entered and read in the other unit, side by side,
   * each with the estimates and band it gives. Every other number in the assessment uses the value
   * as entered; nothing is converted until the clinician answers.
   */
  unitQuestion?: {
    /** 'Is this µmol/L?' (entered in mg/dL above 20) or 'Is this mg/dL?' (entered in µmol/L below 20). */
    question: string;
    asEntered: {
      value: number;
      unit: 'mg/dL' | 'umol/L';
      creatinineMgDl: number;
      crclMlMin: number;
      egfrMlMin173: number;
      band: Exclude<RenalBand, 'dialysis'>;
    };
    /** The same fields, with the value read in the other unit. */
    otherReading: NonNullable<RenalAssessment['unitQuestion']>['asEntered'];
  };
  /** The earlier creatinine and the change to the current one, when `previousCreatinine` was given. */
  creatinineChange?: {
    previousMgDl: number;
    hoursBefore: number;
    /** Current − previous, mg/dL. */
    riseMgDl: number;
    /** Current ÷ previous. */
    ratio: number;
    /** True when a KDIGO 2012 criterion is met (finding `renal.not-steady-state`). */
    notSteadyState: boolean;
  };
}

export type MedicationInput = string | { name?: string; rxnorm?: string };
export type ConditionInput = string | { name?: string; snomed?: string; icd10?: string };

export interface InteractionResult {
  findings: Finding[];
  unrecognized: string[];
}

export type RegimenKind = 'fixed' | 'flexible';
export type Profile = 'standard' | 'fr-2018';

/** The dispensable product; its unit is the smallest dose one administration can be rounded to. */
export type ProductId =
  | 'tablet-10-scored'
  | 'tablet-5'
  | 'tablet-10'
  | 'tablet-20'
  | 'tablet-25'
  | 'baclocur'
  | 'oral-solution-1mg-ml';

export interface TaperParams {
  mode: 'step' | 'percent';
  /** mg/day removed per step (mode `step`). */
  stepMgPerDay: number;
  /** mg/day removed per step when the current dose is above 80 mg/day (mode `step`). */
  highDoseStepMgPerDay: number;
  /** percent of the current dose removed per step (mode `percent`). */
  percent: number;
  intervalDays: number;
}

export interface RegimenParams {
  kind: RegimenKind;
  startMgPerDay: number;
  /** Days at the start dose before the first step. */
  startDays: number;
  dosesPerDay: 2 | 3 | 4;
  /** Relative weights of the administrations, e.g. [1,1,2] for a larger evening dose. */
  splitWeights?: number[];
  /** Labels of the administrations, e.g. ['morning','noon','1 h before high-risk time']. */
  splitLabels?: string[];
  stepMgPerDay: number;
  stepIntervalDays: number;
  targetMgPerDay: number;
  capMgPerDay: number;
  maintenanceDays: number;
  /** Whether the plan ends with a taper (otherwise with a review date). */
  taper: boolean;
  taperParams: TaperParams;
  product: ProductId;
  /** Intolerance step-back hold length, 3–14 days. */
  holdDays: number;
  /** Day numbers (1-based, plan day) on which intolerance was reported: step back and hold. */
  intoleranceDays?: number[];
}

export interface Regimen {
  id: string;
  name: string;
  kind: RegimenKind;
  summary: string;
  params: RegimenParams;
  evidence: Evidence;
  sources: string[];
}

export interface PlanInput {
  regimenId: string;
  /** ISO yyyy-mm-dd. */
  startDate: string;
  /** Clinician edits (recorded on the plan). */
  params?: Partial<RegimenParams>;
  renal?: RenalAssessment;
  profile?: Profile;
  /** Re-plan or taper-only from a current dose. */
  currentDoseMgPerDay?: number;
  /** `taper-only`: start tapering from currentDoseMgPerDay; `replan`: continue the titration from it. */
  mode?: 'new' | 'replan' | 'taper-only';
  /**
   * Required to plan past the renal hard stop.
   * @deprecated since ruleset 1.2: use `overrides.renal` (this name keeps working and means the same).
   */
  override?: { reason: string };
  /**
   * One override per hard stop (spec §4), each with its own recorded reason (≥ 15 characters, else
   * RulesInputError on its field): `renal` lifts the severe/dialysis hard stop, `doseProfile` the
   * fr-2018 80 mg/day cap. Overriding one never lifts the other.
   */
  overrides?: { renal?: { reason: string }; doseProfile?: { reason: string } };
  /** Contraindicated findings acknowledged by the prescriber, each with a reason (≥ 15 characters). */
  acknowledgements?: { ruleId: string; subject?: string; reason: string }[];
}

export interface PlanDay {
  day: number;
  date: string;
  phase: 'titration' | 'maintenance' | 'hold' | 'taper';
  totalMg: number;
  administrations: { label: string; mg: number }[];
}

export interface PlanSummary {
  daysToTarget: number | null;
  maintenanceStart: string | null;
  maintenanceEnd: string | null;
  taperStart: string | null;
  taperEnd: string | null;
  reviewDate: string | null;
  maxMgPerDay: number;
  /** Tablets (or mL of solution) to dispense per strength over the whole plan. */
  dispense: { strengthMg: number; count: number; unit: 'tablet' | 'mL' }[];
  /** Parameters the clinician changed from the regimen defaults. */
  changedParams: { key: string; from: unknown; to: unknown }[];
  /** Addition: the values the plan was built with, after renal adjustment and rounding. */
  effective?: PlanEffectiveParams;
}

/** The parameters a plan was actually built with (after edits, renal factors, profile and rounding). */
export interface PlanEffectiveParams {
  mode: 'new' | 'replan' | 'taper-only';
  product: ProductId;
  unitMg: number;
  /** Dose factor applied to start, step and cap (1 without a renal assessment). */
  doseFactor: number;
  /** Multiplier applied to the step, start and taper intervals. */
  intervalFactor: number;
  startMgPerDay: number;
  startDays: number;
  stepMgPerDay: number;
  stepIntervalDays: number;
  dosesPerDay: 2 | 3 | 4;
  labels: string[];
  holdDays: number;
  taper: boolean;
  taperMode: 'step' | 'percent';
  taperStepMgPerDay: number;
  taperHighDoseStepMgPerDay: number;
  taperPercent: number;
  taperIntervalDays: number;
  /** The current dose the plan started from (re-plan / taper-only), rounded down to the unit. */
  currentMgPerDay: number | null;
}

export interface MonitoringEntry {
  date: string;
  what: string;
  ruleId: string;
}

export interface Plan {
  days: PlanDay[];
  capMgPerDay: number;
  targetMgPerDay: number;
  findings: Finding[];
  /** A hard stop without override → days = []. */
  blocked: boolean;
  /** Contraindicated findings not yet acknowledged: export and save refuse while any remain. */
  unacknowledged: Finding[];
  /** The short dated monitoring list of spec §8. */
  monitoring?: MonitoringEntry[];
  /** Additions to the contract. */
  unitMg?: number;
  summary?: PlanSummary;
  explain?: ExplainStep[];
  rulesetVersion?: string;
}

// ── Follow-up visits (spec §9, ruleset 1.2) ─────────────────────────────────────────────────────────

/** How much a side effect bothered the patient since the last visit. */
export type Grade = 'none' | 'mild' | 'troublesome';

export type SideEffect =
  | 'somnolence'
  | 'dizziness'
  | 'confusion'
  | 'insomnia'
  | 'nausea'
  | 'paraesthesia'
  | 'low-mood'
  | 'suicidal-ideation'
  | 'seizure'
  | 'slowed-breathing';

/** One follow-up visit as recorded by the clinician (spec §9). */
export interface Visit {
  /** ISO yyyy-mm-dd. */
  date: string;
  /** The dose the patient actually took, mg/day (not the planned dose). */
  doseTakenMgPerDay: number;
  /** Per administration when it differs from the plan's split; must add up to doseTakenMgPerDay. */
  administrations?: { label: string; mg: number }[];
  adherence?: 'full' | 'partial' | 'poor';
  /** Standard drinks per day since the last visit; g/day = drinksPerDay × drinkSizeG. */
  drinksPerDay?: number;
  /** The country's standard drink: FR 10 g, UK 8 g, US 14 g of alcohol. Required with drinksPerDay. */
  drinkSizeG?: number;
  /** Days since the last visit with ≥ 60 g (men) / ≥ 40 g (women) of alcohol. */
  heavyDrinkingDays?: number;
  /** Craving 0–10. */
  cravingScore?: number;
  sideEffects?: Partial<Record<SideEffect, Grade>>;
  /** A new creatinine measured for this visit (→ spec §2 again). */
  creatinine?: { value: number; unit: 'mg/dL' | 'umol/L'; unitConfirmed?: boolean };
}

export type VisitAction = 'continue' | 'hold' | 'step-back' | 'maintain' | 'reassess-taper' | 'urgent-review';

export interface VisitSuggestion {
  action: VisitAction;
  reason: string;
  ruleId: string;
  evidence: Evidence;
  sources: string[];
  /** From the visit date at the dose actually taken (never the planned dose). */
  replan: PlanInput;
  /** Additions to the contract. */
  /** The renal input re-assessed with the visit's creatinine (give it to planFor with the replan). */
  renalInput?: RenalInput;
  /** The renal assessment with the visit's creatinine, when one was given. */
  renal?: RenalAssessment;
  /** Alcohol since the last visit, g/day (drinks × drink size), when drinking was recorded. */
  gramsPerDay?: number;
  /** Whether this visit meets the goal (spec §9 rule 3); null when neither drinking nor craving was recorded. */
  goalMet: boolean | null;
  /** The visit's own findings: the suggestion's, red flags, the renal re-assessment's. */
  findings: Finding[];
  explain: ExplainStep[];
}
