/**
 * The planner's state as URL search params, so a plan is a link a colleague can open.
 * Shared by the planner and by every page that opens the planner prefilled (patients, teaching).
 * Parsing is field by field: a bad value in a hand-edited link is dropped and named in `invalidFields`,
 * so the planner can say which values it ignored instead of silently guessing.
 *
 * The checks are small hand-written guards rather than a schema library because this module runs on
 * the app's first page, whose JavaScript budget is tight (FHIR responses, loaded later, use zod).
 */

/** A guard returns the value when it is valid, `undefined` when it is not. */
type Guard<T> = (value: unknown) => T | undefined;

const text =
  (max: number, pattern?: RegExp): Guard<string> =>
  (value) =>
    typeof value === 'string' && value.length <= max && (!pattern || pattern.test(value)) ? value : undefined;
const finite: Guard<number> = (value) =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;
const bool: Guard<boolean> = (value) => (typeof value === 'boolean' ? value : undefined);
const oneOf =
  <const T extends string>(...options: T[]): Guard<T> =>
  (value) =>
    options.includes(value as T) ? (value as T) : undefined;
const isoDate = text(10, /^\d{4}-\d{2}-\d{2}$/);

/** An object with only the listed optional text fields; any other key, or a wrong type, is invalid. */
function textRecord<K extends string>(limits: Record<K, number>): Guard<Partial<Record<K, string>>> {
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    const result: Partial<Record<K, string>> = {};
    for (const [key, field] of Object.entries(value)) {
      if (!Object.hasOwn(limits, key)) return undefined;
      if (field === undefined) continue;
      const checked = text(limits[key as K])(field);
      if (checked === undefined) return undefined;
      result[key as K] = checked;
    }
    return result;
  };
}

function listOf<T>(item: Guard<T>, max: number): Guard<T[]> {
  return (value) => {
    if (!Array.isArray(value) || value.length > max) return undefined;
    const items = value.map(item);
    return items.every((entry) => entry !== undefined) ? (items as T[]) : undefined;
  };
}

function either<A, B>(a: Guard<A>, b: Guard<B>): Guard<A | B> {
  return (value) => a(value) ?? b(value);
}

const plainObject: Guard<Record<string, unknown>> = (value) =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;

/**
 * An object whose known keys each pass their guard; an unknown key or a wrong type makes the whole
 * object invalid (it is listed as ignored). Ranges are the rules module's to check, at the field.
 */
function shapedRecord(shape: Record<string, Guard<unknown>>): Guard<Record<string, unknown>> {
  return (value) => {
    const record = plainObject(value);
    if (!record) return undefined;
    for (const [key, field] of Object.entries(record)) {
      const guard = Object.hasOwn(shape, key) ? shape[key] : undefined;
      if (!guard || (field !== undefined && guard(field) === undefined)) return undefined;
    }
    return record;
  };
}

const finiteList = (max: number) => listOf(finite, max);
/** Clinician edits to regimen parameters, by type (Partial<RegimenParams>). */
const regimenParams = shapedRecord({
  kind: oneOf('fixed', 'flexible'),
  startMgPerDay: finite,
  startDays: finite,
  dosesPerDay: (value) => (value === 2 || value === 3 || value === 4 ? value : undefined),
  splitWeights: finiteList(4),
  splitLabels: listOf(text(80), 4),
  stepMgPerDay: finite,
  stepIntervalDays: finite,
  targetMgPerDay: finite,
  capMgPerDay: finite,
  maintenanceDays: finite,
  taper: bool,
  taperParams: shapedRecord({
    mode: oneOf('step', 'percent'),
    stepMgPerDay: finite,
    highDoseStepMgPerDay: finite,
    percent: finite,
    intervalDays: finite,
  }),
  product: text(40),
  holdDays: finite,
  intoleranceDays: finiteList(200),
});

const medication = either(text(200), textRecord({ name: 200, rxnorm: 20 }));
const condition = either(text(200), textRecord({ name: 200, snomed: 20, icd10: 20 }));

export const plannerSearchShape = {
  /** FHIR Patient id when planning for a chart patient (ids only: nothing identifying in URLs). */
  patient: text(64, /^[A-Za-z0-9\-.]{1,64}$/),
  age: finite,
  sex: oneOf('female', 'male'),
  weightKg: finite,
  heightCm: finite,
  scr: finite,
  scrUnit: oneOf('mg/dL', 'umol/L'),
  /** The clinician confirmed the creatinine unit as entered (answers the unit question, spec §2.4). */
  unitConfirmed: bool,
  dialysis: bool,
  basis: oneOf('auto', 'actual', 'ideal', 'adjusted'),
  /** Dates of the chart values used to prefill (for the > 90 days stale-lab flag). */
  scrDate: isoDate,
  weightDate: isoDate,
  heightDate: isoDate,
  regimen: text(40),
  start: isoDate,
  profile: oneOf('standard', 'fr-2018'),
  /** Clinician edits to regimen parameters (Partial<RegimenParams>, validated by the rules module). */
  params: regimenParams,
  mode: oneOf('new', 'replan', 'taper-only'),
  current: finite,
  /** Renal hard-stop override reason (spec §4: one override per hard stop). */
  override: text(500),
  /** fr-2018 dose-profile override reason: its own decision, separate from the renal one. */
  profileOverride: text(500),
  /** Acknowledged contraindicated findings, each with a reason (spec §4). */
  acks: listOf(textRecord({ ruleId: 120, subject: 200, reason: 500 }), 30),
  meds: listOf(medication, 60),
  conds: listOf(condition, 60),
} as const;

type Shape = typeof plannerSearchShape;
export type PlannerSearch = {
  [K in keyof Shape]?: Exclude<ReturnType<Shape[K]>, undefined>;
} & { invalidFields?: string[] };

/** Validate raw search params field by field; invalid fields are dropped and listed. */
export function parsePlannerSearch(raw: Record<string, unknown>): PlannerSearch {
  const result: Record<string, unknown> = {};
  const invalidFields: string[] = [];
  for (const key of Object.keys(plannerSearchShape) as (keyof Shape)[]) {
    const value = raw[key];
    if (value === undefined || value === '') continue;
    const parsed = plannerSearchShape[key](value);
    if (parsed !== undefined) result[key] = parsed;
    else invalidFields.push(key);
  }
  if (invalidFields.length > 0) result.invalidFields = invalidFields;
  return result as PlannerSearch;
}
