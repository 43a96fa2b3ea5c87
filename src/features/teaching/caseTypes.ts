/**
 * The shape of a teaching case. A case is data: the patient and plan inputs the rules module runs on,
 * the teaching text, and `keyFacts` — every fact the text states about the answer, so a unit test can
 * run the real rules and fail when the text and the rules disagree. Answers are never written by hand.
 */
import type {
  ConditionInput,
  MedicationInput,
  PlanInput,
  Profile,
  RegimenParams,
  RenalAssessment,
  RenalBand,
  RenalInput,
  Visit,
  VisitAction,
} from '../../rules';

export type CaseTopic = 'Renal function' | 'Regimens' | 'Dose safety' | 'Interactions' | 'Titration & taper';

/** Everything the rules module needs to answer a case; mirrors what the planner collects. */
export interface CaseInputs {
  renal: RenalInput;
  regimenId: string;
  /** Clinician edits to the regimen (including intolerance days). */
  params?: Partial<RegimenParams>;
  /** Fixed so every reader of the case sees the same dates. */
  startDate: string;
  profile?: Profile;
  mode?: PlanInput['mode'];
  currentDoseMgPerDay?: number;
  override?: { reason: string };
  meds?: MedicationInput[];
  conditions?: ConditionInput[];
  /**
   * Follow-up visits (spec §9), oldest first: each is given to suggestAtVisit with the plan in force,
   * and its suggestion is accepted (the next visit follows the re-plan). A visit without a dose taken
   * took the planned dose of that day.
   */
  visits?: (Omit<Visit, 'doseTakenMgPerDay'> & { doseTakenMgPerDay?: number })[];
}

/**
 * Facts the case text states about the computed answer. Every field is optional; the ones given are
 * checked against the rules module by tests/unit/teaching and shown as "stated vs computed" on reveal.
 * Decimal figures are compared as displayed (to 0.1).
 */
export interface KeyFacts {
  band?: RenalBand;
  bandByCrcl?: RenalBand;
  bandByEgfr?: RenalBand;
  decidedBy?: RenalAssessment['decidedBy'];
  crclMlMin?: number;
  egfrMlMin173?: number;
  weightBasis?: RenalAssessment['weightBasis'];
  weightUsedKg?: number;
  doseFactor?: number;
  capMgPerDay?: number;
  targetMgPerDay?: number;
  blocked?: boolean;
  /** Highest daily dose in the plan. */
  maxMgPerDay?: number;
  firstDayMg?: number;
  /** Daily doses on given plan days (plan day 1 = start date). */
  doseOnDay?: { day: number; mg: number }[];
  daysToTarget?: number | null;
  /** Number of days in the taper phase. */
  taperDays?: number;
  /** Number of days in the hold (intolerance step-back) phase. */
  holdDays?: number;
  /** The plan ends with a taper to 0 (true) or with a review date (false). */
  endsWithTaper?: boolean;
  /** Finding rule ids that must be raised (renal, plan or interaction findings). */
  findingRuleIds?: string[];
  /** Finding rule ids that must not be raised. */
  absentFindingRuleIds?: string[];
  /** Drugs the interaction check could not recognise. */
  unrecognized?: string[];
  /** What suggestAtVisit suggests at each visit, in order. */
  visitActions?: VisitAction[];
}

/** A variation of the case ("what if the unit were right?"), answered by the rules like the case. */
export interface WhatIf {
  id: string;
  label: string;
  /** Replaces fields of the case inputs; `renal` fields are merged into the case's renal input. */
  changes: Omit<Partial<CaseInputs>, 'renal'> & { renal?: Partial<RenalInput> };
  keyFacts?: KeyFacts;
}

export interface TeachingCase {
  /** URL slug: /teaching/<id>. */
  id: string;
  title: string;
  topic: CaseTopic;
  /** One line for the case list. */
  teaser: string;
  vignette: string;
  objectives: string[];
  questions: string[];
  inputs: CaseInputs;
  keyFacts: KeyFacts;
  /** Discussion shown after the reveal; every checkable claim in it is also in keyFacts. */
  discussion: string[];
  whatIfs?: WhatIf[];
}
