/**
 * The regimen catalogue of spec §3, as data. A regimen is only parameters plus where they come from;
 * the planner (plan.ts) turns parameters into days. Where the spec gives no number for a parameter the
 * value is a bacloplan default, labelled as such per parameter in `paramEvidence`.
 */
import type { Evidence, Regimen, RegimenParams, TaperParams } from './types';

/** Evidence behind one parameter value of a regimen. */
export interface ParamEvidence {
  evidence: Evidence;
  sources: string[];
  note?: string;
}

/** A catalogue regimen: the contract's Regimen plus per-parameter evidence. */
export interface CatalogueRegimen extends Regimen {
  /** Evidence per parameter; a parameter not listed carries the regimen's evidence. */
  paramEvidence: Partial<Record<keyof RegimenParams, ParamEvidence>>;
}

/** The hard ceiling of spec §4: never planned above (ANSM RTU 2014; Bacloville maximum). */
export const HARD_CEILING_MG_PER_DAY = 300;

/**
 * Spec §5 default taper: −10 mg/day every 3 days, −15 mg/day every 3 days above 80 mg/day. The step
 * sizes are inside the sourced 10–15 mg range (SmPC; ANSM 2017); the 3-day interval is a bacloplan
 * default, slower than ANSM 2017's "every 2 days" above 80 mg/day.
 */
export const DEFAULT_TAPER: Readonly<TaperParams> = Object.freeze({
  mode: 'step',
  stepMgPerDay: 10,
  highDoseStepMgPerDay: 15,
  percent: 10,
  intervalDays: 3,
});

const DEFAULT_DOSE_EVIDENCE: ParamEvidence = {
  evidence: 'default',
  sources: ['bacloplan-default'],
};

const TAPER_EVIDENCE: ParamEvidence = {
  evidence: 'default',
  sources: ['bacloplan-default', 'baclocur-smpc-2018', 'ansm-2017'],
  note: 'bacloplan default within the sourced ranges (10–15 mg steps); 3-day interval is a bacloplan default.',
};

const HOLD_EVIDENCE: ParamEvidence = {
  evidence: 'default',
  sources: ['reynaud-2017', 'bacloplan-default'],
  note: 'Intolerance rule (ALPADIR; RESAB practice): hold ≥ 3 days; 3 is the bacloplan default.',
};

const PRODUCT_EVIDENCE: ParamEvidence = {
  evidence: 'default',
  sources: ['bacloplan-default'],
  note: 'Default product: 10 mg scored tablet (5 mg units).',
};

/** Parameters shared by most regimens; each regimen spells out the ones it sets. */
function params(
  overrides: Omit<RegimenParams, 'dosesPerDay' | 'holdDays' | 'product' | 'taperParams'>,
): RegimenParams {
  return {
    dosesPerDay: 3,
    holdDays: 3,
    product: 'tablet-10-scored',
    taperParams: { ...DEFAULT_TAPER },
    ...overrides,
  };
}

/** Freeze the catalogue deeply: it is shared by every plan, so a stray edit must not leak into others. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}

export const REGIMENS: readonly CatalogueRegimen[] = deepFreeze<CatalogueRegimen[]>([
  {
    id: 'addolorato-30',
    name: 'Addolorato 30 mg/day',
    kind: 'fixed',
    summary:
      '5 mg three times daily for 3 days, then 10 mg three times daily (30 mg/day) for 12 weeks, then the default taper.',
    params: params({
      kind: 'fixed',
      startMgPerDay: 15,
      startDays: 3,
      stepMgPerDay: 15,
      stepIntervalDays: 3,
      targetMgPerDay: 30,
      capMgPerDay: 30,
      maintenanceDays: 84,
      taper: true,
    }),
    evidence: 'trial',
    sources: ['addolorato-2002', 'addolorato-2007'],
    paramEvidence: {
      taper: { ...TAPER_EVIDENCE, note: 'The trials give no taper; bacloplan’s default taper is used.' },
      taperParams: TAPER_EVIDENCE,
      holdDays: HOLD_EVIDENCE,
      product: PRODUCT_EVIDENCE,
    },
  },
  {
    id: 'addolorato-60',
    name: 'Addolorato 60 mg/day',
    kind: 'fixed',
    summary:
      '5 mg three times daily, +15 mg/day every 3 days (label scheme) to 20 mg three times daily (60 mg/day), 12 weeks, then the default taper.',
    params: params({
      kind: 'fixed',
      startMgPerDay: 15,
      startDays: 3,
      stepMgPerDay: 15,
      stepIntervalDays: 3,
      targetMgPerDay: 60,
      capMgPerDay: 60,
      maintenanceDays: 84,
      taper: true,
    }),
    evidence: 'trial',
    sources: ['addolorato-2011', 'fda-label'],
    paramEvidence: {
      stepMgPerDay: { evidence: 'label', sources: ['fda-label'], note: 'Steps from the label scheme.' },
      stepIntervalDays: { evidence: 'label', sources: ['fda-label'], note: 'Steps from the label scheme.' },
      startDays: { evidence: 'label', sources: ['fda-label'] },
      taper: { ...TAPER_EVIDENCE, note: 'The trial gives no taper; bacloplan’s default taper is used.' },
      taperParams: TAPER_EVIDENCE,
      holdDays: HOLD_EVIDENCE,
      product: PRODUCT_EVIDENCE,
    },
  },
  {
    id: 'morley-75',
    name: 'Morley 75 mg/day',
    kind: 'fixed',
    summary:
      '5 mg three times daily, +15 mg/day every 3 days to 25 mg three times daily (75 mg/day), 12 weeks, then the default taper.',
    params: params({
      kind: 'fixed',
      startMgPerDay: 15,
      startDays: 3,
      stepMgPerDay: 15,
      stepIntervalDays: 3,
      targetMgPerDay: 75,
      capMgPerDay: 75,
      maintenanceDays: 84,
      taper: true,
    }),
    evidence: 'trial',
    sources: ['morley-2018'],
    paramEvidence: {
      taper: { ...TAPER_EVIDENCE, note: 'The trial gives no taper; bacloplan’s default taper is used.' },
      taperParams: TAPER_EVIDENCE,
      holdDays: HOLD_EVIDENCE,
      product: PRODUCT_EVIDENCE,
    },
  },
  {
    id: 'baclocur-80',
    name: 'Baclocur (French authorisation), up to 80 mg/day',
    kind: 'flexible',
    summary:
      '15 mg/day in 3 doses for 3 days, then +10 mg/day every 3 days (SmPC: every 3–4 days) to the individual goal, cap 80 mg/day; reassess if the goal is not met after 6–8 weeks at the maximum (the plan sets the review after 6 weeks).',
    params: params({
      kind: 'flexible',
      startMgPerDay: 15,
      startDays: 3,
      stepMgPerDay: 10,
      stepIntervalDays: 3,
      targetMgPerDay: 80,
      capMgPerDay: 80,
      maintenanceDays: 42,
      taper: false,
    }),
    evidence: 'label',
    sources: ['baclocur-smpc-2018'],
    paramEvidence: {
      stepIntervalDays: {
        evidence: 'label',
        sources: ['baclocur-smpc-2018'],
        note: 'SmPC allows 3–4 days; the plan uses 3 unless edited.',
      },
      targetMgPerDay: {
        evidence: 'default',
        sources: ['bacloplan-default'],
        note: 'The goal is individual; until the clinician sets one the plan titrates to the cap.',
      },
      maintenanceDays: {
        evidence: 'label',
        sources: ['baclocur-smpc-2018'],
        note: 'Reassess after 6–8 weeks at the maximum; the plan takes the earlier end (42 days).',
      },
      taper: {
        evidence: 'default',
        sources: ['bacloplan-default'],
        note: 'The SmPC asks for reassessment, not a fixed stop: the plan ends with a review date.',
      },
      taperParams: TAPER_EVIDENCE,
      holdDays: HOLD_EVIDENCE,
      product: PRODUCT_EVIDENCE,
    },
  },
  {
    id: 'alpadir-180',
    name: 'ALPADIR, 180 mg/day',
    kind: 'fixed',
    summary:
      '15 mg/day, titrated over about 7 weeks to 180 mg/day (or the maximum tolerated), 17 weeks maintenance. ALPADIR used a 2-week taper; the plan uses bacloplan’s slower default taper (10–15 mg steps cannot reach 0 from 180 mg/day in 2 weeks).',
    params: params({
      kind: 'fixed',
      startMgPerDay: 15,
      startDays: 3,
      stepMgPerDay: 10,
      stepIntervalDays: 3,
      targetMgPerDay: 180,
      capMgPerDay: 180,
      maintenanceDays: 119,
      taper: true,
    }),
    evidence: 'trial',
    sources: ['reynaud-2017'],
    paramEvidence: {
      startDays: DEFAULT_DOSE_EVIDENCE,
      stepMgPerDay: {
        evidence: 'default',
        sources: ['bacloplan-default', 'baclocur-smpc-2018'],
        note: 'The spec gives "titration over 7 weeks" without a step; +10 mg/day every 3 days (SmPC step) reaches 180 mg/day on day 52.',
      },
      stepIntervalDays: DEFAULT_DOSE_EVIDENCE,
      taperParams: {
        ...TAPER_EVIDENCE,
        note: 'ALPADIR tapered over 2 weeks; the default taper is used (longer).',
      },
      holdDays: HOLD_EVIDENCE,
      product: PRODUCT_EVIDENCE,
    },
  },
  {
    id: 'baclad-270',
    name: 'BACLAD, up to 270 mg/day',
    kind: 'flexible',
    summary:
      '15 mg/day, titrated to the individual dose (30–270 mg/day; BACLAD titrated over 4 weeks), 12 weeks, then the taper. BACLAD used a 4-week taper; the plan uses bacloplan’s default taper.',
    params: params({
      kind: 'flexible',
      startMgPerDay: 15,
      startDays: 3,
      stepMgPerDay: 10,
      stepIntervalDays: 3,
      targetMgPerDay: 270,
      capMgPerDay: 270,
      maintenanceDays: 84,
      taper: true,
    }),
    evidence: 'trial',
    sources: ['muller-2015'],
    paramEvidence: {
      startDays: DEFAULT_DOSE_EVIDENCE,
      stepMgPerDay: {
        evidence: 'default',
        sources: ['bacloplan-default', 'baclocur-smpc-2018', 'ansm-rtu-2014'],
        note: 'The spec gives "titration over 4 weeks" without a step; the sourced +10 mg/day every 3 days reaches 270 mg/day on day 79, not in 4 weeks.',
      },
      stepIntervalDays: DEFAULT_DOSE_EVIDENCE,
      targetMgPerDay: {
        evidence: 'default',
        sources: ['bacloplan-default'],
        note: 'The dose is individual; until the clinician sets a goal the plan titrates to the cap.',
      },
      taperParams: {
        ...TAPER_EVIDENCE,
        note: 'BACLAD tapered over 4 weeks; the default taper is used (longer from high doses).',
      },
      holdDays: HOLD_EVIDENCE,
      product: PRODUCT_EVIDENCE,
    },
  },
  {
    id: 'rtu-300',
    name: 'French RTU high dose, up to 300 mg/day',
    kind: 'flexible',
    summary:
      '15 mg/day, +10 mg/day every 3 days (RTU: every 2–3 days; the slower end is used) to the individual goal, cap 300 mg/day, continued until craving indifference: the plan ends with a review date, not a stop.',
    params: params({
      kind: 'flexible',
      startMgPerDay: 15,
      startDays: 3,
      stepMgPerDay: 10,
      stepIntervalDays: 3,
      targetMgPerDay: 300,
      capMgPerDay: 300,
      maintenanceDays: 28,
      taper: false,
    }),
    evidence: 'guideline',
    sources: ['ansm-rtu-2014', 'bacloville-2020'],
    paramEvidence: {
      startDays: DEFAULT_DOSE_EVIDENCE,
      stepIntervalDays: {
        evidence: 'default',
        sources: ['bacloplan-default', 'ansm-rtu-2014'],
        note: 'RTU allows every 2–3 days; the safer (slower) end is used.',
      },
      targetMgPerDay: {
        evidence: 'default',
        sources: ['bacloplan-default'],
        note: 'The dose is individual; until the clinician sets a goal the plan titrates to the cap.',
      },
      maintenanceDays: {
        evidence: 'default',
        sources: ['bacloplan-default'],
        note: 'No fixed end ("until craving indifference"): 28 days at the dose reached, then review.',
      },
      taper: {
        evidence: 'default',
        sources: ['bacloplan-default'],
        note: 'Continued, not stopped: the plan ends with an explicit review date.',
      },
      taperParams: TAPER_EVIDENCE,
      holdDays: HOLD_EVIDENCE,
      product: PRODUCT_EVIDENCE,
    },
  },
  {
    id: 'custom',
    name: 'Custom regimen',
    kind: 'flexible',
    summary:
      'Any parameters, hard ceiling 300 mg/day. Starts from 15 mg/day, +10 mg/day every 3 days to 80 mg/day, 12 weeks, then the default taper, until edited.',
    params: params({
      kind: 'flexible',
      startMgPerDay: 15,
      startDays: 3,
      stepMgPerDay: 10,
      stepIntervalDays: 3,
      targetMgPerDay: 80,
      capMgPerDay: HARD_CEILING_MG_PER_DAY,
      maintenanceDays: 84,
      taper: true,
    }),
    evidence: 'default',
    sources: ['bacloplan-default'],
    paramEvidence: {
      targetMgPerDay: {
        evidence: 'default',
        sources: ['bacloplan-default', 'baclocur-smpc-2018'],
        note: 'Starting goal: the authorised French maximum (80 mg/day) until edited.',
      },
      capMgPerDay: {
        evidence: 'guideline',
        sources: ['ansm-rtu-2014', 'bacloville-2020'],
        note: 'Hard ceiling 300 mg/day.',
      },
      taperParams: TAPER_EVIDENCE,
      holdDays: HOLD_EVIDENCE,
      product: PRODUCT_EVIDENCE,
    },
  },
]);

const REGIMEN_BY_ID = new Map<string, CatalogueRegimen>(REGIMENS.map((regimen) => [regimen.id, regimen]));

/** The catalogue regimen with this id, or undefined for an unknown id. */
export function getRegimen(id: string): CatalogueRegimen | undefined {
  return REGIMEN_BY_ID.get(id);
}
