/**
 * Reading a visit (spec §9) from untrusted input: the visit form, a saved draft, a FHIR Encounter read
 * back, an outside script. Every bad value throws RulesInputError with the field's path, so the form
 * shows the message beside the field; nothing is guessed or dropped.
 */
import { RulesInputError } from './errors';
import { describeValue, isRecord, ownValue, unknownKeys } from './input-guards';
import { parseIsoDay } from './plan-dates';
import { MAX_CURRENT_DOSE_MG_PER_DAY } from './plan-input';
import type { Grade, SideEffect, Visit } from './types';
import { CRAVING_SCALE, DRINK_SIZES_G, SIDE_EFFECTS } from './visit-rules';

const VISIT_KEYS = new Set([
  'date',
  'doseTakenMgPerDay',
  'administrations',
  'adherence',
  'drinksPerDay',
  'drinkSizeG',
  'heavyDrinkingDays',
  'cravingScore',
  'sideEffects',
  'creatinine',
]);
const GRADES: readonly Grade[] = ['none', 'mild', 'troublesome'];
const ADHERENCE = ['full', 'partial', 'poor'] as const;
const DRINK_SIZES: readonly number[] = Object.values(DRINK_SIZES_G);
/** More than 50 standard drinks a day is a typing error, not a history. */
const MAX_DRINKS_PER_DAY = 50;
const EPSILON = 1e-9;

/** A visit whose every field has been checked, with its date as a UTC day number. */
export interface ReadVisit extends Visit {
  dayNumber: number;
}

function fail(field: string, message: string): never {
  throw new RulesInputError(field, message);
}

function readNumber(value: unknown, field: string, what: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    fail(field, `${what} must be a number (got ${describeValue(value)}).`);
  if (value < min || value > max) fail(field, `${what} must be between ${min} and ${max} (got ${value}).`);
  return value;
}

function optionalNumber(
  record: object,
  key: string,
  prefix: string,
  what: string,
  [min, max]: readonly [number, number],
): number | undefined {
  const value = ownValue(record, key);
  return value === undefined ? undefined : readNumber(value, `${prefix}${key}`, what, min, max);
}

function readAdministrations(value: unknown, prefix: string, doseMg: number): Visit['administrations'] {
  if (value === undefined) return undefined;
  const field = `${prefix}administrations`;
  if (!Array.isArray(value) || value.length === 0 || value.length > 6)
    fail(field, 'The doses per administration must be a list of 1 to 6 doses.');
  const list = value.map((item: unknown, index) => {
    if (!isRecord(item)) fail(`${field}[${index}]`, 'Each administration needs a label and mg.');
    const label = ownValue(item, 'label');
    if (typeof label !== 'string' || label.trim() === '')
      fail(`${field}[${index}].label`, 'Each administration needs a label (e.g. morning).');
    const mg = readNumber(
      ownValue(item, 'mg'),
      `${field}[${index}].mg`,
      'The dose',
      0,
      MAX_CURRENT_DOSE_MG_PER_DAY,
    );
    return { label: label.trim(), mg };
  });
  const sum = list.reduce((total, item) => total + item.mg, 0);
  if (Math.abs(sum - doseMg) > EPSILON)
    fail(field, `The administrations add up to ${sum} mg, not the ${doseMg} mg/day taken.`);
  return list;
}

function readSideEffects(value: unknown, prefix: string): Visit['sideEffects'] {
  if (value === undefined) return undefined;
  const field = `${prefix}sideEffects`;
  if (!isRecord(value)) fail(field, 'Side effects must be given per effect (none, mild or troublesome).');
  const unknown = unknownKeys(value, new Set<string>(SIDE_EFFECTS));
  if (unknown.length > 0)
    fail(`${field}.${unknown[0]}`, `"${unknown[0]}" is not a side effect the rules know.`);
  const read: Partial<Record<SideEffect, Grade>> = {};
  for (const effect of SIDE_EFFECTS) {
    const grade = ownValue(value, effect);
    if (grade === undefined) continue;
    if (!GRADES.includes(grade as Grade))
      fail(`${field}.${effect}`, `Grade ${describeValue(grade)}: choose none, mild or troublesome.`);
    read[effect] = grade as Grade;
  }
  return read;
}

function readCreatinine(value: unknown, prefix: string): Visit['creatinine'] {
  if (value === undefined) return undefined;
  const field = `${prefix}creatinine`;
  if (!isRecord(value)) fail(field, 'A creatinine needs a value and a unit.');
  const unit = ownValue(value, 'unit');
  if (unit !== 'mg/dL' && unit !== 'umol/L')
    fail(`${field}.unit`, 'The creatinine unit must be mg/dL or µmol/L.');
  const number = ownValue(value, 'value');
  if (typeof number !== 'number' || !Number.isFinite(number) || number <= 0)
    fail(`${field}.value`, `The creatinine must be a positive number (got ${describeValue(number)}).`);
  const unitConfirmed = ownValue(value, 'unitConfirmed');
  if (unitConfirmed !== undefined && typeof unitConfirmed !== 'boolean')
    fail(`${field}.unitConfirmed`, 'The unit answer must be yes or no.');
  return { value: number, unit, ...(unitConfirmed === undefined ? {} : { unitConfirmed }) };
}

/** Drinks per day and the drink size come together: g/day is meaningless without the size. */
function readDrinking(record: object, prefix: string): Pick<Visit, 'drinksPerDay' | 'drinkSizeG'> {
  const drinksPerDay = optionalNumber(record, 'drinksPerDay', prefix, 'Drinks per day', [
    0,
    MAX_DRINKS_PER_DAY,
  ]);
  const size = ownValue(record, 'drinkSizeG');
  if (drinksPerDay === undefined) {
    if (size !== undefined && !DRINK_SIZES.includes(size as number))
      fail(`${prefix}drinkSizeG`, 'The drink size must be 10 g (FR), 8 g (UK) or 14 g (US).');
    return size === undefined ? {} : { drinkSizeG: size as number };
  }
  if (size === undefined)
    fail(
      `${prefix}drinkSizeG`,
      'Choose the drink size (FR 10 g, UK 8 g, US 14 g) to turn drinks into g/day.',
    );
  if (!DRINK_SIZES.includes(size as number))
    fail(
      `${prefix}drinkSizeG`,
      `A drink of ${describeValue(size)} g: choose 10 g (FR), 8 g (UK) or 14 g (US).`,
    );
  return { drinksPerDay, drinkSizeG: size as number };
}

/** Reads one visit; `prefix` names it in error fields (e.g. `history[2].`). */
export function readVisit(value: unknown, prefix = ''): ReadVisit {
  if (!isRecord(value)) fail(prefix.replace(/\.$/, '') || 'visit', 'A visit must be an object of fields.');
  const unknown = unknownKeys(value, VISIT_KEYS);
  if (unknown.length > 0) fail(`${prefix}${unknown[0]}`, `"${unknown[0]}" is not a visit field.`);
  const date = ownValue(value, 'date');
  const dayNumber = parseIsoDay(date, `${prefix}date`);
  const doseTakenMgPerDay = readNumber(
    ownValue(value, 'doseTakenMgPerDay'),
    `${prefix}doseTakenMgPerDay`,
    'The dose taken (mg/day)',
    0,
    MAX_CURRENT_DOSE_MG_PER_DAY,
  );
  const adherence = ownValue(value, 'adherence');
  if (adherence !== undefined && !ADHERENCE.includes(adherence as (typeof ADHERENCE)[number]))
    fail(`${prefix}adherence`, 'Adherence must be full, partial or poor.');
  const visit: ReadVisit = { date: date as string, dayNumber, doseTakenMgPerDay };
  const administrations = readAdministrations(ownValue(value, 'administrations'), prefix, doseTakenMgPerDay);
  if (administrations) visit.administrations = administrations;
  if (adherence !== undefined) visit.adherence = adherence as NonNullable<Visit['adherence']>;
  Object.assign(visit, readDrinking(value, prefix));
  const heavy = optionalNumber(value, 'heavyDrinkingDays', prefix, 'Heavy-drinking days', [0, 366]);
  if (heavy !== undefined) {
    if (!Number.isInteger(heavy))
      fail(`${prefix}heavyDrinkingDays`, 'Heavy-drinking days must be a whole number.');
    visit.heavyDrinkingDays = heavy;
  }
  const craving = optionalNumber(value, 'cravingScore', prefix, 'Craving', [
    CRAVING_SCALE.min,
    CRAVING_SCALE.max,
  ]);
  if (craving !== undefined) visit.cravingScore = craving;
  const sideEffects = readSideEffects(ownValue(value, 'sideEffects'), prefix);
  if (sideEffects) visit.sideEffects = sideEffects;
  const creatinine = readCreatinine(ownValue(value, 'creatinine'), prefix);
  if (creatinine) visit.creatinine = creatinine;
  return visit;
}

/**
 * The visit and the earlier visits, checked together: the earlier ones in order, each before the next
 * and before the visit (they may predate the plan: a re-plan starts at its own visit); the visit on or
 * after the plan's start; heavy-drinking days no more than the days since the previous visit (for the
 * first one, since the plan started).
 */
export function readVisits(
  visit: unknown,
  history: unknown,
  planStartDay: number,
): { visit: ReadVisit; history: ReadVisit[] } {
  if (history !== undefined && !Array.isArray(history)) fail('history', 'The earlier visits must be a list.');
  const earlier = ((history as unknown[] | undefined) ?? []).map((item, index) =>
    readVisit(item, `history[${index}].`),
  );
  const current = readVisit(visit);
  if (current.dayNumber < planStartDay)
    fail('date', `This visit (${current.date}) is before the plan it follows started.`);
  const all = [...earlier, current];
  all.forEach((item, index) => {
    const isCurrent = index === earlier.length;
    const previous = all[index - 1];
    if (previous && item.dayNumber <= previous.dayNumber)
      fail(
        isCurrent ? 'date' : `history[${index}].date`,
        `This visit (${item.date}) must come after the previous one (${previous.date}).`,
      );
    const sinceDay = previous ? previous.dayNumber : planStartDay;
    const days = item.dayNumber - sinceDay;
    if (item.heavyDrinkingDays !== undefined && days > 0 && item.heavyDrinkingDays > days)
      fail(
        isCurrent ? 'heavyDrinkingDays' : `history[${index}].heavyDrinkingDays`,
        `${item.heavyDrinkingDays} heavy-drinking days, but only ${days} days since the ${previous ? 'previous visit' : 'plan started'}.`,
      );
  });
  return { visit: current, history: earlier };
}
