/**
 * Clinician edits to a regimen: merged over the catalogue defaults, validated field by field, and
 * recorded (what changed, from what to what) so the plan and the PDF show every deviation.
 */
import { RulesInputError } from './errors';
import { isRecord, keyText, ownValue, unknownKeys } from './input-guards';
import { getProduct } from './products';
import { DEFAULT_SPLIT_LABELS } from './plan-split';
import { HARD_CEILING_MG_PER_DAY } from './regimens';
import type { Regimen, RegimenParams, TaperParams } from './types';

/** Longest plan bacloplan will lay out day by day (about 3 years); longer inputs are errors. */
export const MAX_PLAN_DAYS = 1100;

/**
 * Sane ranges for editable parameters (bacloplan defaults). They catch typing errors (150 for 15) and
 * keep a plan bounded; the sourced schemes all sit well inside them.
 */
export const PARAM_LIMITS = {
  startMgPerDay: { min: 0, minExclusive: true, max: HARD_CEILING_MG_PER_DAY },
  stepMgPerDay: { min: 0, minExclusive: true, max: 30 },
  intervalDays: { min: 1, max: 28 },
  maintenanceDays: { min: 0, max: 730 },
  holdDays: { min: 3, max: 14 },
  taperStepMgPerDay: { min: 0, minExclusive: true, max: 30 },
  taperPercent: { min: 1, max: 50 },
  splitWeight: { min: 0, minExclusive: true, max: 100 },
  intoleranceDayCount: 200,
} as const;

/** The message of every "above 300 mg/day" input error (spec §4 hard stop). */
export const CEILING_MESSAGE =
  '300 mg/day is the hard ceiling (ANSM RTU 2014; Bacloville maximum) — bacloplan never plans above it.';

/** Regimen parameters after edits, with every optional field filled in. */
export interface ResolvedParams extends RegimenParams {
  splitWeights: number[];
  splitLabels: string[];
  intoleranceDays: number[];
  taperParams: TaperParams;
}

/** Result of resolveParams: the merged parameters and what the clinician changed. */
export interface ResolvedEdits {
  params: ResolvedParams;
  changedParams: { key: string; from: unknown; to: unknown }[];
  /** Whether the clinician entered these (so clamping them deserves a word on the plan). */
  targetEdited: boolean;
  capEdited: boolean;
}

function checkNumber(
  field: string,
  value: unknown,
  limits: { min: number; max: number; minExclusive?: boolean },
  options: { integer?: boolean; unit: string },
): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RulesInputError(field, `Enter a number (${options.unit}).`);
  }
  if (options.integer && !Number.isInteger(value)) {
    throw new RulesInputError(field, `Enter a whole number of ${options.unit}.`);
  }
  const belowMin = limits.minExclusive ? value <= limits.min : value < limits.min;
  if (belowMin || value > limits.max) {
    const low = limits.minExclusive ? `more than ${limits.min}` : `at least ${limits.min}`;
    throw new RulesInputError(field, `Must be ${low} and at most ${limits.max} ${options.unit}.`);
  }
  return value;
}

function checkDailyDoseCeiling(field: string, value: unknown): number {
  if (typeof value === 'number' && Number.isFinite(value) && value > HARD_CEILING_MG_PER_DAY) {
    throw new RulesInputError(field, CEILING_MESSAGE);
  }
  return checkNumber(
    field,
    value,
    { min: 0, minExclusive: true, max: HARD_CEILING_MG_PER_DAY },
    { unit: 'mg/day' },
  );
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => Object.is(item, b[index]));
  }
  return Object.is(a, b);
}

/** Every editable parameter; anything else in `params` is refused (see resolveParams). */
const PARAM_KEYS: ReadonlySet<string> = new Set<keyof RegimenParams>([
  'kind',
  'startMgPerDay',
  'startDays',
  'dosesPerDay',
  'splitWeights',
  'splitLabels',
  'stepMgPerDay',
  'stepIntervalDays',
  'targetMgPerDay',
  'capMgPerDay',
  'maintenanceDays',
  'taper',
  'taperParams',
  'product',
  'holdDays',
  'intoleranceDays',
]);
const TAPER_PARAM_KEYS: ReadonlySet<string> = new Set<keyof TaperParams>([
  'mode',
  'stepMgPerDay',
  'highDoseStepMgPerDay',
  'percent',
  'intervalDays',
]);

/**
 * Unknown keys are refused, not ignored: the planner never sends them, so one means a wrong or
 * hand-edited link, and a misspelt edit (`capMgperDay`) silently ignored would plan something the
 * clinician did not ask for.
 */
function rejectUnknownKeys(record: object, known: ReadonlySet<string>, prefix: string): void {
  const [unknown] = unknownKeys(record, known);
  if (unknown === undefined) return;
  throw new RulesInputError(
    `${prefix}.${keyText(unknown)}`,
    `"${keyText(unknown)}" is not a regimen parameter bacloplan knows; the link or the saved plan may be damaged. Remove it or start the plan again from the regimen.`,
  );
}

/** Merge and validate the clinician's edits over a regimen's defaults. Throws RulesInputError. */
export function resolveParams(regimen: Regimen, edits: Partial<RegimenParams> | undefined): ResolvedEdits {
  if (edits !== undefined && !isRecord(edits)) {
    throw new RulesInputError('params', 'Parameters must be an object of edits.');
  }
  if (edits !== undefined) rejectUnknownKeys(edits, PARAM_KEYS, 'params');
  const defaults = regimen.params;
  // Own values only, so nothing inherited (or planted on Object.prototype) is read as an edit.
  const given = (key: keyof RegimenParams): unknown =>
    edits === undefined ? undefined : ownValue(edits, key);
  const has = (key: keyof RegimenParams) => given(key) !== undefined;
  const pick = <K extends keyof RegimenParams>(key: K): unknown => (has(key) ? given(key) : defaults[key]);

  const kind = pick('kind');
  if (kind !== 'fixed' && kind !== 'flexible')
    throw new RulesInputError('params.kind', 'Kind must be fixed or flexible.');

  const startMgPerDay = checkNumber(
    'params.startMgPerDay',
    pick('startMgPerDay'),
    PARAM_LIMITS.startMgPerDay,
    {
      unit: 'mg/day',
    },
  );
  const startDays = checkNumber('params.startDays', pick('startDays'), PARAM_LIMITS.intervalDays, {
    integer: true,
    unit: 'days',
  });
  const dosesPerDay = pick('dosesPerDay');
  if (dosesPerDay !== 2 && dosesPerDay !== 3 && dosesPerDay !== 4) {
    throw new RulesInputError('params.dosesPerDay', 'Doses per day must be 2, 3 or 4.');
  }
  const stepMgPerDay = checkNumber('params.stepMgPerDay', pick('stepMgPerDay'), PARAM_LIMITS.stepMgPerDay, {
    unit: 'mg/day',
  });
  const stepIntervalDays = checkNumber(
    'params.stepIntervalDays',
    pick('stepIntervalDays'),
    PARAM_LIMITS.intervalDays,
    {
      integer: true,
      unit: 'days',
    },
  );
  const targetMgPerDay = checkDailyDoseCeiling('params.targetMgPerDay', pick('targetMgPerDay'));
  const capMgPerDay = checkDailyDoseCeiling('params.capMgPerDay', pick('capMgPerDay'));
  const maintenanceDays = checkNumber(
    'params.maintenanceDays',
    pick('maintenanceDays'),
    PARAM_LIMITS.maintenanceDays,
    {
      integer: true,
      unit: 'days',
    },
  );
  const taper = pick('taper');
  if (typeof taper !== 'boolean') throw new RulesInputError('params.taper', 'Taper must be yes or no.');
  const product = pick('product');
  if (typeof product !== 'string' || !getProduct(product)) {
    throw new RulesInputError('params.product', 'Unknown product.');
  }
  const holdDays = checkNumber('params.holdDays', pick('holdDays'), PARAM_LIMITS.holdDays, {
    integer: true,
    unit: 'days',
  });

  const splitWeightsInput = pick('splitWeights');
  let splitWeights: number[];
  if (splitWeightsInput === undefined) {
    splitWeights = new Array<number>(dosesPerDay).fill(1);
  } else {
    if (!Array.isArray(splitWeightsInput) || splitWeightsInput.length !== dosesPerDay) {
      throw new RulesInputError('params.splitWeights', `Give one weight per dose (${dosesPerDay}).`);
    }
    // Array.from, not map: it visits the holes of a sparse list, so a missing weight is an error, not a gap.
    splitWeights = Array.from(splitWeightsInput as unknown[], (weight) =>
      checkNumber('params.splitWeights', weight, PARAM_LIMITS.splitWeight, { unit: '(relative weight)' }),
    );
  }

  const splitLabelsInput = pick('splitLabels');
  let splitLabels: string[];
  if (splitLabelsInput === undefined) {
    splitLabels = [...DEFAULT_SPLIT_LABELS[dosesPerDay]];
  } else {
    if (!Array.isArray(splitLabelsInput) || splitLabelsInput.length !== dosesPerDay) {
      throw new RulesInputError('params.splitLabels', `Give one label per dose (${dosesPerDay}).`);
    }
    splitLabels = Array.from(splitLabelsInput as unknown[], (label) => {
      if (typeof label !== 'string' || label.trim() === '' || label.length > 80) {
        throw new RulesInputError(
          'params.splitLabels',
          'Each label must be non-empty text (at most 80 characters).',
        );
      }
      return label;
    });
  }

  const intoleranceInput = pick('intoleranceDays');
  let intoleranceDays: number[] = [];
  if (intoleranceInput !== undefined) {
    if (!Array.isArray(intoleranceInput) || intoleranceInput.length > PARAM_LIMITS.intoleranceDayCount) {
      throw new RulesInputError(
        'params.intoleranceDays',
        'Give the plan days on which intolerance was reported.',
      );
    }
    intoleranceDays = Array.from(intoleranceInput as unknown[], (day) =>
      checkNumber(
        'params.intoleranceDays',
        day,
        { min: 1, max: MAX_PLAN_DAYS },
        { integer: true, unit: 'plan day' },
      ),
    );
    intoleranceDays = [...new Set(intoleranceDays)].sort((a, b) => a - b);
  }

  const taperInput = given('taperParams');
  if (taperInput !== undefined && !isRecord(taperInput)) {
    throw new RulesInputError('params.taperParams', 'Taper parameters must be an object.');
  }
  if (taperInput !== undefined) rejectUnknownKeys(taperInput, TAPER_PARAM_KEYS, 'params.taperParams');
  const taperEdit = (key: keyof TaperParams): unknown =>
    taperInput === undefined ? undefined : ownValue(taperInput, key);
  const taperDefaults = defaults.taperParams;
  const pickTaper = (key: keyof TaperParams): unknown =>
    taperEdit(key) !== undefined ? taperEdit(key) : taperDefaults[key];
  const taperMode = pickTaper('mode');
  if (taperMode !== 'step' && taperMode !== 'percent') {
    throw new RulesInputError('params.taperParams.mode', 'Taper mode must be step or percent.');
  }
  const taperParams: TaperParams = {
    mode: taperMode,
    stepMgPerDay: checkNumber(
      'params.taperParams.stepMgPerDay',
      pickTaper('stepMgPerDay'),
      PARAM_LIMITS.taperStepMgPerDay,
      {
        unit: 'mg/day',
      },
    ),
    highDoseStepMgPerDay: checkNumber(
      'params.taperParams.highDoseStepMgPerDay',
      pickTaper('highDoseStepMgPerDay'),
      PARAM_LIMITS.taperStepMgPerDay,
      { unit: 'mg/day' },
    ),
    percent: checkNumber('params.taperParams.percent', pickTaper('percent'), PARAM_LIMITS.taperPercent, {
      unit: '%',
    }),
    intervalDays: checkNumber(
      'params.taperParams.intervalDays',
      pickTaper('intervalDays'),
      PARAM_LIMITS.intervalDays,
      {
        integer: true,
        unit: 'days',
      },
    ),
  };

  const params: ResolvedParams = {
    kind,
    startMgPerDay,
    startDays,
    dosesPerDay,
    splitWeights,
    splitLabels,
    stepMgPerDay,
    stepIntervalDays,
    targetMgPerDay,
    capMgPerDay,
    maintenanceDays,
    taper,
    taperParams,
    product: product as ResolvedParams['product'],
    holdDays,
    intoleranceDays,
  };

  // Only known keys reach here (unknown ones were refused above), and each value has been validated,
  // so the record holds nothing but checked numbers, text, booleans and lists of them.
  const changedParams: ResolvedEdits['changedParams'] = [];
  for (const key of Object.keys(edits ?? {}) as (keyof RegimenParams)[]) {
    if (!has(key)) continue;
    if (key === 'taperParams') {
      for (const taperKey of Object.keys(taperInput ?? {}) as (keyof TaperParams)[]) {
        const to = taperEdit(taperKey);
        if (to === undefined) continue;
        if (!sameValue(to, taperDefaults[taperKey])) {
          changedParams.push({ key: `taperParams.${taperKey}`, from: taperDefaults[taperKey], to });
        }
      }
      continue;
    }
    const to = given(key);
    if (!sameValue(to, defaults[key])) {
      // Copy arrays so the record on the plan does not change if the caller reuses its input.
      changedParams.push({ key, from: defaults[key], to: Array.isArray(to) ? [...(to as unknown[])] : to });
    }
  }

  return { params, changedParams, targetEdited: has('targetMgPerDay'), capEdited: has('capMgPerDay') };
}
