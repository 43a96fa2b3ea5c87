/**
 * The visit form's draft: what the clinician typed, as text, kept on the device (localStorage, per
 * patient or plan) so a reload, a crash or a second tab loses nothing. `readDraft` turns it into the
 * rules' `Visit`, with a message at each field that is not a number, and nothing guessed: a field left
 * empty is not recorded (and said so), never filled with a default.
 */
import { DRINK_SIZES_G, SIDE_EFFECTS, type Grade, type SideEffect, type Visit } from '../../rules';
import { parseQuantity } from '../../lib/parseQuantity';

export interface VisitDraft {
  date: string;
  dose: string;
  adherence: '' | 'full' | 'partial' | 'poor';
  drinks: string;
  /** '' until chosen: the drink size is the country's, never assumed. */
  drinkSize: '' | `${(typeof DRINK_SIZES_G)[keyof typeof DRINK_SIZES_G]}`;
  heavyDays: string;
  craving: string;
  sideEffects: Partial<Record<SideEffect, Grade>>;
  creatinine: string;
  creatinineUnit: 'mg/dL' | 'umol/L';
  /** Per administration, by the plan's labels, when the doses taken differ from the plan's split. */
  perDose: Record<string, string>;
  splitDiffers: boolean;
  medicationChanges: string;
}

export type DraftField =
  | 'date'
  | 'dose'
  | 'adherence'
  | 'drinks'
  | 'drinkSize'
  | 'heavyDays'
  | 'craving'
  | 'sideEffects'
  | 'creatinine'
  | 'perDose'
  | 'general';

export function emptyDraft(
  drinkSize: VisitDraft['drinkSize'] = '',
  creatinineUnit: VisitDraft['creatinineUnit'] = 'mg/dL',
): VisitDraft {
  return {
    date: '',
    dose: '',
    adherence: '',
    drinks: '',
    drinkSize,
    heavyDays: '',
    craving: '',
    sideEffects: {},
    creatinine: '',
    creatinineUnit,
    perDose: {},
    splitDiffers: false,
    medicationChanges: '',
  };
}

const GRADES: readonly Grade[] = ['none', 'mild', 'troublesome'];
const SIZES: readonly string[] = Object.values(DRINK_SIZES_G).map(String);

/** A draft read back from storage: every field checked, anything else dropped to its empty value. */
export function parseStoredDraft(raw: unknown): VisitDraft | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const value = raw as Record<string, unknown>;
  const text = (key: string) => (typeof value[key] === 'string' ? (value[key] as string).slice(0, 2000) : '');
  const effects: Partial<Record<SideEffect, Grade>> = {};
  const storedEffects = (value.sideEffects ?? {}) as Record<string, unknown>;
  for (const effect of SIDE_EFFECTS) {
    const grade = storedEffects[effect];
    if (GRADES.includes(grade as Grade)) effects[effect] = grade as Grade;
  }
  const perDose: Record<string, string> = {};
  for (const [label, mg] of Object.entries((value.perDose ?? {}) as Record<string, unknown>))
    if (typeof mg === 'string') perDose[label.slice(0, 80)] = mg.slice(0, 20);
  const adherence = text('adherence');
  return {
    date: /^\d{4}-\d{2}-\d{2}$/.test(text('date')) ? text('date') : '',
    dose: text('dose'),
    adherence: adherence === 'full' || adherence === 'partial' || adherence === 'poor' ? adherence : '',
    drinks: text('drinks'),
    drinkSize: SIZES.includes(text('drinkSize')) ? (text('drinkSize') as VisitDraft['drinkSize']) : '',
    heavyDays: text('heavyDays'),
    craving: text('craving'),
    sideEffects: effects,
    creatinine: text('creatinine'),
    creatinineUnit: value.creatinineUnit === 'umol/L' ? 'umol/L' : 'mg/dL',
    perDose,
    splitDiffers: value.splitDiffers === true,
    medicationChanges: text('medicationChanges'),
  };
}

export interface ReadDraft {
  visit?: Visit;
  errors: Partial<Record<DraftField, string>>;
  /** Fields the form still needs before the rules can suggest anything. */
  missing: DraftField[];
  medicationChanges: string[];
}

function numberAt(
  text: string,
  field: DraftField,
  errors: ReadDraft['errors'],
  allowDecimal = true,
): number | undefined {
  const parsed = parseQuantity(text, undefined, allowDecimal);
  if (parsed.kind === 'invalid') errors[field] = parsed.message;
  return parsed.kind === 'number' ? parsed.value : undefined;
}

/** The draft as the rules' Visit (the rules check ranges and dates; this reads the text). */
export function readDraft(draft: VisitDraft, labels: readonly string[]): ReadDraft {
  const errors: ReadDraft['errors'] = {};
  const missing: DraftField[] = [];
  if (!draft.date) missing.push('date');
  const dose = numberAt(draft.dose, 'dose', errors);
  if (draft.dose.trim() === '') missing.push('dose');
  const drinks = numberAt(draft.drinks, 'drinks', errors);
  if (drinks !== undefined && !draft.drinkSize)
    errors.drinkSize = 'Choose the drink size (FR 10 g, UK 8 g, US 14 g).';
  const heavy = numberAt(draft.heavyDays, 'heavyDays', errors, false);
  const craving = numberAt(draft.craving, 'craving', errors);
  const creatinine = numberAt(draft.creatinine, 'creatinine', errors);
  const administrations: { label: string; mg: number }[] = [];
  if (draft.splitDiffers) {
    for (const label of labels) {
      const text = draft.perDose[label] ?? '';
      const parsed = parseQuantity(text);
      if (parsed.kind === 'invalid') errors.perDose = `${label}: ${parsed.message}`;
      else if (parsed.kind === 'empty')
        errors.perDose ??= `Enter the dose taken at each administration (${label} is empty).`;
      else administrations.push({ label, mg: parsed.value });
    }
  }
  const medicationChanges = draft.medicationChanges
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (missing.length > 0 || Object.keys(errors).length > 0 || dose === undefined)
    return { errors, missing, medicationChanges };
  const visit: Visit = { date: draft.date, doseTakenMgPerDay: dose };
  if (administrations.length > 0) visit.administrations = administrations;
  if (draft.adherence) visit.adherence = draft.adherence;
  if (drinks !== undefined) {
    visit.drinksPerDay = drinks;
    visit.drinkSizeG = Number(draft.drinkSize);
  }
  if (heavy !== undefined) visit.heavyDrinkingDays = heavy;
  if (craving !== undefined) visit.cravingScore = craving;
  if (Object.keys(draft.sideEffects).length > 0) visit.sideEffects = { ...draft.sideEffects };
  if (creatinine !== undefined) visit.creatinine = { value: creatinine, unit: draft.creatinineUnit };
  return { visit, errors, missing, medicationChanges };
}

/** Where a rules error's field goes on the form. */
export function draftFieldOf(rulesField: string): DraftField {
  if (rulesField === 'date') return 'date';
  if (rulesField === 'doseTakenMgPerDay') return 'dose';
  if (rulesField === 'adherence') return 'adherence';
  if (rulesField === 'drinksPerDay') return 'drinks';
  if (rulesField === 'drinkSizeG') return 'drinkSize';
  if (rulesField === 'heavyDrinkingDays') return 'heavyDays';
  if (rulesField === 'cravingScore') return 'craving';
  if (rulesField.startsWith('sideEffects')) return 'sideEffects';
  if (rulesField.startsWith('creatinine') || rulesField === 'renalInput') return 'creatinine';
  if (rulesField.startsWith('administrations')) return 'perDose';
  return 'general';
}
