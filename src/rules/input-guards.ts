/**
 * Reading untrusted input safely. The rules take their input from URL search params, saved drafts,
 * FHIR charts and outside scripts, so anything can arrive where a number or a list belongs. These
 * helpers read only what the caller really sent (never a value inherited from a prototype, nor one
 * planted on Object.prototype) and describe bad values in words a clinician can act on, without
 * calling the value's own toString (which may be missing or throw).
 */

const hasOwn = (record: object, key: string): boolean => Object.prototype.hasOwnProperty.call(record, key);

/** An object that can hold named fields: not null, not a list. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The caller's own value for `key`, or undefined: inherited and prototype values never count. */
export function ownValue(record: object, key: string): unknown {
  return hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined;
}

/** Own enumerable keys of `record` that are not in `known` (e.g. a typo, or `__proto__` from JSON). */
export function unknownKeys(record: object, known: ReadonlySet<string>): string[] {
  return Object.keys(record).filter((key) => !known.has(key));
}

/** Longest text quoted back in a message; a pasted page is summarised, not repeated. */
const QUOTE_MAX_CHARS = 60;

/** Text shortened for a message or a list, with an ellipsis when cut. */
export function shortText(text: string, maxChars = QUOTE_MAX_CHARS): string {
  if (text.length <= maxChars) return text;
  // Cut on a code point so a surrogate pair is never split into invalid text.
  return `${Array.from(text.slice(0, maxChars + 1))
    .slice(0, maxChars)
    .join('')}…`;
}

/** A field name (or an unknown key) as shown in a message and in `RulesInputError.field`. */
export function keyText(key: string): string {
  return key === '' ? '(empty name)' : shortText(key, 40);
}

/** A bad value described for a message: the value itself when it is short text or a number, else its kind. */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return value.trim() === '' ? 'empty text' : `'${shortText(value)}'`;
    case 'number':
      return String(value);
    case 'bigint':
      return `the integer ${shortText(value.toString())} (a BigInt, not a number)`;
    case 'boolean':
      return value ? 'yes (true)' : 'no (false)';
    case 'undefined':
      return 'nothing';
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      if (value === null) return 'nothing (null)';
      return Array.isArray(value) ? 'a list' : 'an object';
  }
}
