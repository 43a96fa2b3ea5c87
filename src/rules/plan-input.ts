/**
 * The decisions a plan input carries besides the regimen: mode, dose profile, current dose, overrides
 * and acknowledgements. Each is validated here, the same way whoever sends it (the form, a link, a
 * saved draft, another program): an override or acknowledgement is a recorded clinical decision, so a
 * reason shorter than the form accepts is refused on its field, never taken as given.
 */
import { RulesInputError } from './errors';
import { isRecord, ownValue } from './input-guards';
import { HARD_CEILING_MG_PER_DAY } from './regimens';
import type { PlanInput, Profile } from './types';

export type Mode = NonNullable<PlanInput['mode']>;
const MODES: readonly Mode[] = ['new', 'replan', 'taper-only'];
const PROFILES: readonly Profile[] = ['standard', 'fr-2018'];

/** The shortest reason an override or acknowledgement may record (the form's own rule, spec §4). */
export const MIN_REASON_CHARS = 15;
/** The most a recorded reason may hold (it is printed on the plan and stored on the chart). */
export const MAX_REASON_CHARS = 500;
/**
 * A current dose above this is an input error, not a dose (bacloplan default: twice the 300 mg/day
 * ceiling; a current dose above 300 is tapered, spec §5, but thousands of mg/day is a typing error).
 */
export const MAX_CURRENT_DOSE_MG_PER_DAY = 2 * HARD_CEILING_MG_PER_DAY;

export interface PlanDecisions {
  mode: Mode;
  profile: Profile;
  /** The dose the patient takes now; null for a new plan. */
  currentMg: number | null;
  renalOverride: string | null;
  doseProfileOverride: string | null;
  acknowledgements: { ruleId: string; subject?: string; reason: string }[];
}

/** A recorded reason: text of at least MIN_REASON_CHARS characters once trimmed. */
export function checkReason(value: unknown, field: string, what: string): string {
  if (typeof value !== 'string') {
    throw new RulesInputError(field, `${what} needs a recorded reason (text).`);
  }
  const reason = value.trim();
  if (reason.length < MIN_REASON_CHARS) {
    throw new RulesInputError(
      field,
      `${what} needs a reason of at least ${MIN_REASON_CHARS} characters (got ${reason.length}); write why, as you would in the chart.`,
    );
  }
  if (reason.length > MAX_REASON_CHARS) {
    throw new RulesInputError(field, `${what}: keep the reason to ${MAX_REASON_CHARS} characters.`);
  }
  return reason;
}

function overrideReason(container: unknown, field: string, what: string): string | null {
  if (container === undefined) return null;
  if (!isRecord(container)) throw new RulesInputError(field, `${what} must be an object with a reason.`);
  return checkReason(ownValue(container, 'reason'), `${field}.reason`, what);
}

function readOverrides(input: object): Pick<PlanDecisions, 'renalOverride' | 'doseProfileOverride'> {
  const overrides = ownValue(input, 'overrides');
  if (overrides !== undefined && !isRecord(overrides)) {
    throw new RulesInputError('overrides', 'Overrides must be an object (renal, doseProfile).');
  }
  const renal = overrides === undefined ? undefined : ownValue(overrides, 'renal');
  const doseProfile = overrides === undefined ? undefined : ownValue(overrides, 'doseProfile');
  // `override` is the 1.0 name of the renal override; `overrides.renal` wins when both are given.
  const renalOverride =
    renal !== undefined
      ? overrideReason(renal, 'overrides.renal', 'A renal override')
      : overrideReason(ownValue(input, 'override'), 'override', 'A renal override');
  return {
    renalOverride,
    doseProfileOverride: overrideReason(doseProfile, 'overrides.doseProfile', 'A dose-profile override'),
  };
}

function readAcknowledgements(value: unknown): PlanDecisions['acknowledgements'] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > 100) {
    throw new RulesInputError('acknowledgements', 'Acknowledgements must be a list (at most 100).');
  }
  return Array.from(value as unknown[], (item, index) => {
    const field = `acknowledgements.${index}`;
    if (!isRecord(item))
      throw new RulesInputError(field, 'Each acknowledgement names a finding and a reason.');
    const ruleId = ownValue(item, 'ruleId');
    const subject = ownValue(item, 'subject');
    if (typeof ruleId !== 'string' || ruleId === '' || ruleId.length > 120) {
      throw new RulesInputError(`${field}.ruleId`, 'Name the finding acknowledged by its rule id.');
    }
    if (subject !== undefined && (typeof subject !== 'string' || subject.length > 200)) {
      throw new RulesInputError(`${field}.subject`, 'The subject of an acknowledgement must be text.');
    }
    const reason = checkReason(ownValue(item, 'reason'), `${field}.reason`, 'An acknowledgement');
    return subject === undefined ? { ruleId, reason } : { ruleId, subject, reason };
  });
}

function readCurrentDose(value: unknown): number | null {
  if (value === undefined) return null;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new RulesInputError(
      'currentDoseMgPerDay',
      'The current dose must be a number of mg/day, 0 or more.',
    );
  }
  if (value > MAX_CURRENT_DOSE_MG_PER_DAY) {
    throw new RulesInputError(
      'currentDoseMgPerDay',
      `A current dose above ${MAX_CURRENT_DOSE_MG_PER_DAY} mg/day is not plausible; check the value.`,
    );
  }
  return value;
}

/** Validate the plan's decisions. A current dose is never dropped: without a mode it means re-plan. */
export function readDecisions(input: object): PlanDecisions {
  const currentMg = readCurrentDose(ownValue(input, 'currentDoseMgPerDay'));
  const rawMode = ownValue(input, 'mode');
  if (rawMode !== undefined && !MODES.includes(rawMode as Mode)) {
    throw new RulesInputError('mode', 'Mode must be new, replan or taper-only.');
  }
  const mode: Mode = (rawMode as Mode | undefined) ?? (currentMg === null ? 'new' : 'replan');
  if (mode !== 'new' && currentMg === null) {
    throw new RulesInputError('currentDoseMgPerDay', 'Enter the dose the patient takes now (mg/day).');
  }
  if (mode === 'new' && currentMg !== null && currentMg > 0) {
    throw new RulesInputError(
      'mode',
      'A new plan starts at the regimen’s start dose, but a current dose was given: re-plan or taper from it instead (a current dose is never dropped).',
    );
  }
  const profile = ownValue(input, 'profile') ?? 'standard';
  if (!PROFILES.includes(profile as Profile)) {
    throw new RulesInputError('profile', 'Profile must be standard or fr-2018.');
  }
  return {
    mode,
    profile: profile as Profile,
    currentMg: mode === 'new' ? null : currentMg,
    ...readOverrides(input),
    acknowledgements: readAcknowledgements(ownValue(input, 'acknowledgements')),
  };
}

/**
 * The override reasons a (validated) plan input records, whichever name carried them: for the plan's
 * banners, documents and the chart, so no caller reads `override` and `overrides` its own way.
 */
export function planOverrideReasons(input: Pick<PlanInput, 'override' | 'overrides'>): {
  renal: string | null;
  doseProfile: string | null;
} {
  const text = (value: { reason?: unknown } | undefined) =>
    typeof value?.reason === 'string' && value.reason.trim() !== '' ? value.reason.trim() : null;
  return {
    renal: text(input.overrides?.renal ?? input.override),
    doseProfile: text(input.overrides?.doseProfile),
  };
}
