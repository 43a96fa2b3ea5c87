/**
 * Reading a number as clinicians type it: "92", "92 kg", "0,8", "58 y", "203 lb", "5 ft 10 in". A unit
 * the field knows is understood (and a conversion is said, never silent); anything else is refused with
 * a message at the field — never dropped without a word, never guessed.
 */
import { t } from '../i18n';
export type Parsed =
  | { kind: 'empty' }
  | { kind: 'number'; value: number; convertedFrom?: string }
  | { kind: 'invalid'; message: string };

export interface QuantityUnits {
  /** The field's unit as shown ("kg", "cm", "years"). */
  unit: string;
  /** Accepted suffixes (lower case) and their factor to the field's unit; the unit itself is factor 1. */
  aliases: Readonly<Record<string, number>>;
  /** Heights typed in feet and inches ("5 ft 10 in", 5'10"). */
  feetInches?: boolean;
}

const NUMBER = /^(\d+(?:[.,]\d*)?|[.,]\d+)$/;
const WITH_SUFFIX = /^(\d+(?:[.,]\d*)?|[.,]\d+)\s*([a-zA-Zµ/'"]+\.?)$/;
const FEET_INCHES = /^(\d+)\s*(?:ft|feet|foot|')\s*(?:(\d+(?:[.,]\d+)?)\s*(?:in|inch|inches|")?)?$/i;
const CM_PER_INCH = 2.54;

function toNumber(text: string): number {
  return Number(text.replace(',', '.'));
}

/** A field's unit in the screen's words ("years" → "ans"); symbols (kg, cm) are the same everywhere. */
export function unitWord(unit: string): string {
  return unit === 'kg' || unit === 'cm' || unit === 'years' ? t(`unit.${unit}`) : unit;
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

export function parseQuantity(raw: string, units?: QuantityUnits, allowDecimal = true): Parsed {
  const text = raw.trim();
  // Nothing yet, or only the decimal separator on the way to ".5".
  if (text === '' || text === '.' || text === ',') return { kind: 'empty' };
  const whole = (value: number): Parsed =>
    !allowDecimal && !Number.isInteger(value)
      ? {
          kind: 'invalid',
          message: units ? t('quantity.wholeOf', { unit: unitWord(units.unit) }) : t('quantity.whole'),
        }
      : { kind: 'number', value };
  if (NUMBER.test(text)) return whole(toNumber(text));
  if (units?.feetInches) {
    const match = FEET_INCHES.exec(text);
    if (match) {
      const inches = Number(match[1]) * 12 + (match[2] ? toNumber(match[2]) : 0);
      return { kind: 'number', value: round(inches * CM_PER_INCH, 1), convertedFrom: text };
    }
  }
  const suffixed = WITH_SUFFIX.exec(text);
  if (suffixed && units) {
    const suffix = (suffixed[2] ?? '').toLowerCase().replace(/\.$/, '');
    const factor = suffix === units.unit.toLowerCase() ? 1 : units.aliases[suffix];
    if (factor !== undefined) {
      const value = toNumber(suffixed[1] ?? '');
      if (factor === 1) return whole(value);
      return { kind: 'number', value: round(value * factor, 1), convertedFrom: text };
    }
    const aliases = Object.keys(units.aliases);
    return {
      kind: 'invalid',
      message:
        aliases.length > 0
          ? t('quantity.notInUnitAliases', { text, unit: unitWord(units.unit), aliases: aliases.join(', ') })
          : t('quantity.notInUnit', { text, unit: unitWord(units.unit) }),
    };
  }
  const shown = text.length > 24 ? `${text.slice(0, 24)}…` : text;
  return {
    kind: 'invalid',
    message: units
      ? t('quantity.notNumberIn', { text: shown, unit: unitWord(units.unit) })
      : t('quantity.notNumber', { text: shown }),
  };
}

/** The units the planner's fields understand. */
export const WEIGHT_UNITS: QuantityUnits = {
  unit: 'kg',
  aliases: { kgs: 1, lb: 0.45359237, lbs: 0.45359237 },
};
export const HEIGHT_UNITS: QuantityUnits = {
  unit: 'cm',
  aliases: { in: CM_PER_INCH, inch: CM_PER_INCH, inches: CM_PER_INCH, m: 100 },
  feetInches: true,
};
export const AGE_UNITS: QuantityUnits = {
  unit: 'years',
  aliases: { y: 1, yr: 1, yrs: 1, year: 1, ans: 1, a: 1 },
};
