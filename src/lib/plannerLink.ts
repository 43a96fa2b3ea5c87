/**
 * The planner's state, and the part of it a link may carry.
 *
 * - `PlannerState` is everything the planner computes from: what the clinician entered, with the
 *   medication and condition lists as typed, override reasons and acknowledgements. It lives on the
 *   device (the draft, and the browser's history entry), never in a URL.
 * - `PlannerLink` is the URL: numbers, dates, enumerations, the chart patient's FHIR id, and the
 *   medication and condition lists as dictionary codes only — no names, diagnoses or free text, and
 *   never an override or an acknowledgement (spec §4: those are recorded on the page).
 *
 * Parsing is field by field: a bad value in a hand-edited link is dropped and named in `invalidFields`,
 * and a value a link may never carry is named in `refusedFields`, so the planner can say what it
 * ignored instead of silently guessing.
 *
 * The checks are small hand-written guards rather than a schema library because this module runs on
 * the app's first page, whose JavaScript budget is tight (FHIR responses, loaded later, use zod).
 */

import { conditionCodes, decodeCondition, decodeMedication, medicationCodes } from './plannerCodes';

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
const taperParams = shapedRecord({
  mode: oneOf('step', 'percent'),
  stepMgPerDay: finite,
  highDoseStepMgPerDay: finite,
  percent: finite,
  intervalDays: finite,
});
/** Clinician edits to regimen parameters, by type (Partial<RegimenParams>); labels are free text. */
const regimenParamShape = {
  kind: oneOf('fixed', 'flexible'),
  startMgPerDay: finite,
  startDays: finite,
  dosesPerDay: (value: unknown) => (value === 2 || value === 3 || value === 4 ? value : undefined),
  splitWeights: finiteList(4),
  splitLabels: listOf(text(80), 4),
  stepMgPerDay: finite,
  stepIntervalDays: finite,
  targetMgPerDay: finite,
  capMgPerDay: finite,
  maintenanceDays: finite,
  taper: bool,
  taperParams,
  product: text(40, /^[a-z0-9-]{1,40}$/),
  holdDays: finite,
  intoleranceDays: finiteList(200),
};
const regimenParams = shapedRecord(regimenParamShape);
/** The same edits as a link carries them: without the dose labels, which are typed text. */
const { splitLabels: _labels, ...regimenLinkParamShape } = regimenParamShape;
const regimenLinkParams = shapedRecord(regimenLinkParamShape);

/** Lists held on the device can be long (a real chart's medication list); a link carries codes only. */
export const MAX_LIST_ENTRIES = 400;
export const MAX_ENTRY_CHARS = 2000;
const medication = either(text(MAX_ENTRY_CHARS), textRecord({ name: MAX_ENTRY_CHARS, rxnorm: 20 }));
const condition = either(text(MAX_ENTRY_CHARS), textRecord({ name: MAX_ENTRY_CHARS, snomed: 20, icd10: 20 }));
const reason = text(500);

/** The values shared by a link and the state: numbers, dates, enumerations and ids. */
const sharedShape = {
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
  regimen: text(40, /^[a-z0-9-]{1,40}$/),
  start: isoDate,
  profile: oneOf('standard', 'fr-2018'),
  mode: oneOf('new', 'replan', 'taper-only'),
  current: finite,
} as const;

/** A dictionary code in a link: `rx:` RxNorm, `d:` drug dictionary id; `sct:`, `icd:`, `c:` conditions. */
const medCode = text(64, /^(rx:\d{1,12}|d:[a-z0-9][a-z0-9 -]{0,60})$/);
const condCode = text(64, /^(sct:\d{4,18}|icd:[A-Z][A-Z0-9]{1,9}|c:[a-z0-9-]{1,40}(\.[a-z0-9-]{1,40})?)$/);
const count: Guard<number> = (value) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 10 * MAX_LIST_ENTRIES
    ? value
    : undefined;

export const plannerLinkShape = {
  ...sharedShape,
  params: regimenLinkParams,
  /** The medications' dictionary codes (a set: each once, sorted). */
  medCodes: listOf(medCode, MAX_LIST_ENTRIES),
  /** The conditions' dictionary codes (a set: each once, sorted). */
  condCodes: listOf(condCode, MAX_LIST_ENTRIES),
  /** Entries of the lists that have no code (free text): on the sender's device only. */
  uncoded: count,
} as const;

export const plannerStateShape = {
  ...sharedShape,
  /** Clinician edits to regimen parameters (Partial<RegimenParams>, validated by the rules module). */
  params: regimenParams,
  /** Renal hard-stop override reason (spec §4: one override per hard stop). */
  override: reason,
  /** fr-2018 dose-profile override reason: its own decision, separate from the renal one. */
  profileOverride: reason,
  /** Acknowledged contraindicated findings, each with a reason (spec §4). */
  acks: listOf(textRecord({ ruleId: 120, subject: 200, reason: 500 }), 30),
  meds: listOf(medication, MAX_LIST_ENTRIES),
  conds: listOf(condition, MAX_LIST_ENTRIES),
  /**
   * The follow-up of a plan without a chart patient: the id its visits are kept under on this device,
   * so another plan's visits never show in this one. Device only, never in a link.
   */
  followUp: text(40, /^[a-z0-9-]{8,40}$/),
} as const;

/** Values a link never carries, whatever it says: decisions and free text are made on the page. */
export const REFUSED_IN_LINKS = ['override', 'profileOverride', 'acks', 'meds', 'conds'] as const;

type Parsed<S extends Record<string, Guard<unknown>>> = {
  [K in keyof S]?: Exclude<ReturnType<S[K]>, undefined>;
};
export type PlannerLink = Parsed<typeof plannerLinkShape> & {
  invalidFields?: string[];
  refusedFields?: string[];
};
export type PlannerState = Parsed<typeof plannerStateShape>;

function parseShape<S extends Record<string, Guard<unknown>>>(
  shape: S,
  raw: Record<string, unknown>,
): { values: Parsed<S>; invalid: string[] } {
  const values: Record<string, unknown> = {};
  const invalid: string[] = [];
  for (const key of Object.keys(shape)) {
    const value = raw[key];
    if (value === undefined || value === '') continue;
    const parsed = shape[key]?.(value);
    if (parsed !== undefined) values[key] = parsed;
    else invalid.push(key);
  }
  return { values: values as Parsed<S>, invalid };
}

/** Validate a link's search params field by field; invalid fields are dropped and listed. */
export function parsePlannerSearch(raw: Record<string, unknown>): PlannerLink {
  const { values, invalid } = parseShape(plannerLinkShape, raw);
  const result: PlannerLink = values;
  if (invalid.length > 0) result.invalidFields = invalid;
  const refused = REFUSED_IN_LINKS.filter((key) => raw[key] !== undefined && raw[key] !== '');
  if (refused.length > 0) result.refusedFields = [...refused];
  return result;
}

/** Validate a state read back from the device (a draft, a history entry); invalid fields are dropped. */
export function parsePlannerState(raw: unknown): PlannerState {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  return parseShape(plannerStateShape, raw as Record<string, unknown>).values;
}

// ---------------------------------------------------------------------------------------------------
// State ⇄ link

/** What stays on the device: free text, the lists as typed, and the clinician's decisions. */
export interface PlannerDevice {
  meds?: NonNullable<PlannerState['meds']>;
  conds?: NonNullable<PlannerState['conds']>;
  override?: string;
  profileOverride?: string;
  acks?: NonNullable<PlannerState['acks']>;
  splitLabels?: string[];
  followUp?: string;
}

/** A planner link, as an address, stays well under the 2,000 characters every browser and proxy keeps. */
export const MAX_LINK_CHARS = 1800;

function encodedLength(search: Record<string, unknown>): number {
  return Object.values(search).reduce<number>(
    (total, value) => total + 2 + encodeURIComponent(JSON.stringify(value)).length,
    '/planner?'.length,
  );
}

function codeSet<T>(entries: readonly T[] | undefined, codesOf: (entry: T) => string[]) {
  let uncoded = 0;
  const codes = new Set<string>();
  for (const entry of entries ?? []) {
    const found = codesOf(entry);
    if (found.length === 0) uncoded += 1;
    for (const code of found) codes.add(code);
  }
  return { codes: [...codes].sort(), uncoded };
}

function keysOf(shape: Record<string, unknown>) {
  return Object.keys(shape) as (keyof PlannerState & keyof PlannerLink)[];
}
const SHARED_KEYS = keysOf(sharedShape);

/**
 * Split the planner's state into its link and what stays on the device. The link carries codes only;
 * if a chart's lists would make it longer than `MAX_LINK_CHARS`, their codes are left out too and
 * counted as entries not in the link (the receiving planner says so).
 */
export function toLink(state: PlannerState): { search: PlannerLink; device: PlannerDevice } {
  const search: Record<string, unknown> = {};
  for (const key of SHARED_KEYS) if (state[key] !== undefined) search[key] = state[key];
  const { splitLabels, ...linkParams } = (state.params ?? {}) as Record<string, unknown> & {
    splitLabels?: string[];
  };
  if (Object.keys(linkParams).length > 0) search.params = linkParams;
  const meds = codeSet(state.meds, medicationCodes);
  const conds = codeSet(state.conds, conditionCodes);
  let uncoded = meds.uncoded + conds.uncoded;
  if (meds.codes.length > 0) search.medCodes = meds.codes;
  if (conds.codes.length > 0) search.condCodes = conds.codes;
  for (const [key, list] of [
    ['condCodes', state.conds],
    ['medCodes', state.meds],
  ] as const) {
    if (encodedLength({ ...search, uncoded }) <= MAX_LINK_CHARS || search[key] === undefined) continue;
    delete search[key];
    uncoded += (list ?? []).length - (key === 'medCodes' ? meds.uncoded : conds.uncoded);
  }
  if (uncoded > 0) search.uncoded = uncoded;
  const device: PlannerDevice = {
    ...(state.meds?.length ? { meds: state.meds } : {}),
    ...(state.conds?.length ? { conds: state.conds } : {}),
    ...(state.override ? { override: state.override } : {}),
    ...(state.profileOverride ? { profileOverride: state.profileOverride } : {}),
    ...(state.acks?.length ? { acks: state.acks } : {}),
    ...(splitLabels?.length ? { splitLabels } : {}),
    ...(state.followUp ? { followUp: state.followUp } : {}),
  };
  return { search: search as PlannerLink, device };
}

const sameList = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
  JSON.stringify(a ?? []) === JSON.stringify(b ?? []);

/**
 * The planner's state from its link and what this device holds for it. The device's lists are used
 * only when they are the ones the link was made from (same codes, same number of uncoded entries);
 * otherwise — a colleague's link, an edited address — the lists come from the link's codes and
 * `notInLink` counts the entries that only the sender's device has.
 */
export function fromLink(
  link: PlannerLink,
  device: PlannerDevice | undefined,
): { state: PlannerState; notInLink: number } {
  const state: Record<string, unknown> = {};
  for (const key of SHARED_KEYS) if (link[key] !== undefined) state[key] = link[key];
  const labels = device?.splitLabels;
  if (link.params || labels) state.params = { ...link.params, ...(labels ? { splitLabels: labels } : {}) };
  const fromDevice = toLink({ meds: device?.meds, conds: device?.conds });
  const matches =
    device !== undefined &&
    sameList(fromDevice.search.medCodes, link.medCodes) &&
    sameList(fromDevice.search.condCodes, link.condCodes) &&
    (fromDevice.search.uncoded ?? 0) === (link.uncoded ?? 0);
  let notInLink = 0;
  if (matches) {
    if (device.meds?.length) state.meds = device.meds;
    if (device.conds?.length) state.conds = device.conds;
  } else {
    const meds = (link.medCodes ?? []).map(decodeMedication);
    const conds = (link.condCodes ?? []).flatMap((code) => decodeCondition(code) ?? []);
    if (meds.length > 0) state.meds = meds;
    if (conds.length > 0) state.conds = conds;
    notInLink = link.uncoded ?? 0;
  }
  if (device?.override) state.override = device.override;
  if (device?.profileOverride) state.profileOverride = device.profileOverride;
  if (device?.acks?.length) state.acks = device.acks;
  if (device?.followUp) state.followUp = device.followUp;
  return { state: state as PlannerState, notInLink };
}

const labelList = listOf(text(80), 4);

/** What the device holds for a history entry, validated (it is read back from the browser). */
export function parsePlannerDevice(raw: unknown): PlannerDevice | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { meds, conds, override, profileOverride, acks, followUp } = parsePlannerState(raw);
  const splitLabels = labelList((raw as { splitLabels?: unknown }).splitLabels);
  return {
    ...(meds ? { meds } : {}),
    ...(conds ? { conds } : {}),
    ...(override ? { override } : {}),
    ...(profileOverride ? { profileOverride } : {}),
    ...(acks ? { acks } : {}),
    ...(splitLabels ? { splitLabels } : {}),
    ...(followUp ? { followUp } : {}),
  };
}

declare module '@tanstack/history' {
  interface HistoryState {
    /** The planner's device-only state for this history entry (`PlannerDevice`, validated when read). */
    planner?: unknown;
  }
}

/**
 * Props for a link that opens the planner with this state: the address gets the link's values, the
 * new history entry the rest (so a chart's medication names reach the planner without a URL).
 */
export function plannerLinkProps(state: PlannerState) {
  const { search, device } = toLink(state);
  return { to: '/planner' as const, search, state: { planner: device } };
}
