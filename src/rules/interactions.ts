/**
 * Interactions, conditions and cautions (clinical spec §6 and §7, ruleset 1.2). Pure: no I/O, no clock.
 *
 * The tables are data (`data/interaction-classes.ts`, `data/drugs.ts`, `data/conditions.ts`); this file
 * recognises what the prescriber typed or the chart carried, applies the rows, and never drops an input
 * it could not recognise — those come back as "not checked" (`unrecognized`).
 *
 * Matching is linear in the length of the text: each entry is cut to `MAX_MATCH_CHARS` (said so in a
 * finding, never silently), folded once (`normalizeText`), split into words once, and each word is
 * looked up in an index of dictionary phrases keyed by their first word. No phrase is searched for
 * across the whole text, so a pasted page costs what its first 2,000 characters cost.
 */
import { COMBINATION_PRODUCTS, DRUGS, type CombinationProduct, type DrugEntry } from './data/drugs';
import { RXNORM_PRODUCTS } from './data/rxnorm-products';
import {
  CO_MEDICATION_RULES,
  DRUG_CLASSES,
  RENAL_DRUG_RULES,
  type CoMedicationRule,
  type DrugClass,
  type DrugClassId,
  type DrugSelector,
  type RenalDrugRule,
} from './data/interaction-classes';
import {
  CHART_DISAGREES_RULE,
  CONDITIONS,
  INDICATION_RULE_ID,
  type ConditionId,
  type ConditionRule,
  type ConditionVariant,
} from './data/conditions';
import { RulesInputError } from './errors';
import { describeValue, isRecord, keyText, ownValue, shortText, unknownKeys } from './input-guards';
import { severityRank, sortFindings } from './severity';
import type {
  ConditionInput,
  Finding,
  InteractionResult,
  MedicationInput,
  RenalBand,
  Severity,
} from './types';

export {
  CHART_DISAGREES_RULE,
  CO_MEDICATION_RULES,
  COMBINATION_PRODUCTS,
  CONDITIONS,
  DRUGS,
  DRUG_CLASSES,
  INDICATION_RULE_ID,
  RENAL_DRUG_RULES,
};
export type {
  CoMedicationRule,
  CombinationProduct,
  ConditionId,
  ConditionRule,
  ConditionVariant,
  DrugClass,
  DrugClassId,
  DrugEntry,
  DrugSelector,
  RenalDrugRule,
};

/** Rule id of the combined "several CNS depressants" finding (spec §6, bacloplan default). */
export const CNS_COMBINATION_RULE_ID = 'interaction.cns-depressant-combination';

/** Rule id of the alcohol row, present in every result (spec §6, ruleset 1.2); its subject is 'alcohol'. */
export const ALCOHOL_RULE_ID = 'interaction.alcohol';

/** Info finding: a medication entry was longer than `MAX_MATCH_CHARS`; only its start was checked. */
export const MEDICATION_TEXT_TRUNCATED_RULE_ID = 'interaction.text-truncated';

/** Info finding: a condition entry was longer than `MAX_MATCH_CHARS`; only its start was checked. */
export const CONDITION_TEXT_TRUNCATED_RULE_ID = 'condition.text-truncated';

/**
 * Longest part of one entry's text that is matched (bacloplan default). The rest is not read, and a
 * `…text-truncated` finding says so: a medication line is a few dozen characters, and a pasted page
 * must not freeze the page nor pass for checked.
 */
export const MAX_MATCH_CHARS = 2000;

/** Longest entry text shown back in `unrecognized` or a finding. */
const ENTRY_DISPLAY_MAX_CHARS = 120;

// ---------------------------------------------------------------------------------------------------
// Options

/**
 * What `checkInteractions` may know about the kidneys (all optional; old two-argument calls are
 * unchanged). Give both from the renal assessment: `{ crclMlMin: renal.crclMlMin, renalBand: renal.band }`.
 */
export interface InteractionOptions {
  /** Cockcroft–Gault CrCl (mL/min). Enables the acamprosate row "CrCl < 30 → contraindicated". */
  crclMlMin?: number;
  /**
   * The assessed renal band. A chart condition implying a worse band gives `renal.chart-disagrees`;
   * `dialysis` also makes acamprosate contraindicated.
   */
  renalBand?: RenalBand;
}

const RENAL_BAND_ORDER: readonly RenalBand[] = ['normal', 'mild', 'moderate', 'severe', 'dialysis'];
const OPTION_KEYS: readonly (keyof InteractionOptions)[] = ['crclMlMin', 'renalBand'];
const comparableKey = (key: string) => key.toLowerCase().replace(/[\s_-]/g, '');

/** Validated options. Absent, undefined and null mean "not known"; anything else wrong is an error. */
function readOptions(options: unknown): InteractionOptions {
  if (options === undefined || options === null) return {};
  if (!isRecord(options)) {
    throw new RulesInputError(
      'options',
      `Interaction options must be an object such as { crclMlMin, renalBand }, or nothing; got ${describeValue(options)}.`,
    );
  }
  // A misspelt key (`renal_band`, `crclmlmin`) would drop a renal fact without a word: refuse it.
  // Other keys are ignored (a caller may pass a larger object).
  for (const key of unknownKeys(options, new Set(OPTION_KEYS))) {
    const meant = OPTION_KEYS.find((field) => comparableKey(field) === comparableKey(key));
    if (meant === undefined) continue;
    throw new RulesInputError(
      `options.${meant}`,
      `The interaction options have '${keyText(key)}' where '${meant}' was expected; correct the name so the value is used.`,
    );
  }
  const read: InteractionOptions = {};
  const crcl = ownValue(options, 'crclMlMin');
  if (crcl !== undefined && crcl !== null) {
    if (typeof crcl !== 'number' || !Number.isFinite(crcl) || crcl < 0) {
      throw new RulesInputError(
        'options.crclMlMin',
        `CrCl must be a finite number of mL/min, 0 or more (from the renal assessment); got ${
          typeof crcl === 'number' && !Number.isFinite(crcl)
            ? 'a value that is not a finite number'
            : describeValue(crcl)
        }.`,
      );
    }
    read.crclMlMin = crcl;
  }
  const band = ownValue(options, 'renalBand');
  if (band !== undefined && band !== null) {
    if (typeof band !== 'string' || !RENAL_BAND_ORDER.includes(band as RenalBand)) {
      throw new RulesInputError(
        'options.renalBand',
        `The renal band must be one of ${RENAL_BAND_ORDER.join(', ')} (from the renal assessment); got ${describeValue(band)}.`,
      );
    }
    read.renalBand = band as RenalBand;
  }
  return read;
}

// ---------------------------------------------------------------------------------------------------
// Text normalisation

/**
 * Fold text for matching: lower case, accents removed ("Séresta" → "seresta"), Greek letters spelled
 * out (β-blocker → beta blocker), digits split from letters ("10mg" → "10 mg", "Lexapro10" →
 * "lexapro 10"), and every run of other characters turned into one space. Both the dictionary and the
 * input go through this, so they always compare like with like.
 */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .replace(/β/g, ' beta ')
    .replace(/α/g, ' alpha ')
    .replace(/γ/g, ' gamma ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .replace(/ß/g, 'ss')
    .replace(/([a-z])(\d)/g, '$1 $2')
    .replace(/(\d)([a-z])/g, '$1 $2')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Text cut to `MAX_MATCH_CHARS` (never inside a surrogate pair), and how many characters were cut. */
function cutForMatching(text: string): { text: string; cutChars: number } {
  if (text.length <= MAX_MATCH_CHARS) return { text, cutChars: 0 };
  let end = MAX_MATCH_CHARS;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return { text: text.slice(0, end), cutChars: text.length - end };
}

/** Whether text holds anything but white space (same white space as `trim`), without copying it. */
const hasText = (text: string): boolean => /\S/.test(text);

/** A phrase's words, and the phrases of a dictionary indexed by their first word. */
interface Phrase {
  /** Normalised phrase, e.g. "insulin glargine". */
  key: string;
  words: readonly string[];
}

/** Index phrases by first word, longest first within each word, so the longest phrase wins. */
function indexByFirstWord<T extends Phrase>(phrases: Iterable<T>): ReadonlyMap<string, readonly T[]> {
  const index = new Map<string, T[]>();
  for (const phrase of phrases) {
    const first = phrase.words[0];
    if (first === undefined || first === '') continue;
    const list = index.get(first);
    if (list) list.push(phrase);
    else index.set(first, [phrase]);
  }
  for (const list of index.values()) {
    list.sort((a, b) => b.words.length - a.words.length || b.key.length - a.key.length);
  }
  return index;
}

function wordsAt(words: readonly string[], index: number, phrase: readonly string[]): boolean {
  if (index + phrase.length > words.length) return false;
  for (let j = 0; j < phrase.length; j++) if (words[index + j] !== phrase[j]) return false;
  return true;
}

/** Group thousands for a message: 298000 → "298,000". */
const groupDigits = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** A number of mL/min for a message, to 0.1. */
const formatMlMin = (n: number): string => String(Math.round(n * 10) / 10);

// ---------------------------------------------------------------------------------------------------
// Drug dictionary indexes (built once; the data is constant)

const CLASS_BY_ID: ReadonlyMap<DrugClassId, DrugClass> = new Map(DRUG_CLASSES.map((c) => [c.id, c]));
const DRUG_BY_GENERIC: ReadonlyMap<string, DrugEntry> = new Map(DRUGS.map((d) => [d.generic, d]));

function rxcuisOf(entry: DrugEntry): readonly string[] {
  if (entry.rxcui === undefined) return [];
  return typeof entry.rxcui === 'string' ? [entry.rxcui] : entry.rxcui;
}

const DRUG_BY_RXCUI: ReadonlyMap<string, DrugEntry> = new Map(
  DRUGS.flatMap((d) => rxcuisOf(d).map((code) => [code, d] as const)),
);

/** RxNorm clinical and branded drug codes → their dictionary drugs (data/rxnorm-products.ts). */
const DRUGS_BY_PRODUCT_RXCUI: ReadonlyMap<string, readonly DrugEntry[]> = new Map(
  RXNORM_PRODUCTS.map((product) => [
    product.rxcui,
    product.generics.flatMap((generic) => DRUG_BY_GENERIC.get(generic) ?? []),
  ]),
);

/** The named drug of each class shown on every result (alcohol), whether or not it was entered. */
const ALWAYS_PRESENT_DRUGS: readonly DrugEntry[] = DRUGS.filter(
  (d) => !d.unspecified && CLASS_BY_ID.get(d.classId)?.alwaysPresent === true,
);

export type DrugTermKind = 'generic' | 'synonym' | 'brand' | 'combination';

interface DrugTerm extends Phrase {
  /** Normalised term (= `key`). */
  term: string;
  /** As written in the dictionary, for type-ahead labels. */
  label: string;
  kind: DrugTermKind;
  entries: readonly DrugEntry[];
}

function buildDrugTerms(): DrugTerm[] {
  const byTerm = new Map<string, DrugTerm>();
  const add = (label: string, kind: DrugTermKind, entries: readonly DrugEntry[]) => {
    const term = normalizeText(label);
    if (term === '' || byTerm.has(term)) return;
    byTerm.set(term, { term, key: term, words: term.split(' '), label, kind, entries });
  };
  for (const entry of DRUGS) {
    add(entry.generic, 'generic', [entry]);
    for (const synonym of entry.synonyms ?? []) add(synonym, 'synonym', [entry]);
    for (const brand of entry.brands ?? []) add(brand, 'brand', [entry]);
  }
  for (const product of COMBINATION_PRODUCTS) {
    const entries = product.generics.flatMap((g) => DRUG_BY_GENERIC.get(g) ?? []);
    add(product.brand, 'combination', entries);
  }
  return [...byTerm.values()];
}

const DRUG_TERMS: readonly DrugTerm[] = buildDrugTerms();
const DRUG_TERMS_BY_FIRST_WORD = indexByFirstWord(DRUG_TERMS);

/**
 * Every dictionary drug named in normalised medication text, in order of appearance. Left to right,
 * the longest phrase starting at a word wins and is consumed, so "insulin glargine" is one drug and
 * "sodium oxybate" is not also "oxybate". Linear in the number of words.
 */
function matchDrugWords(normalized: string): DrugEntry[] {
  if (normalized === '') return [];
  const words = normalized.split(' ');
  const found: DrugEntry[] = [];
  const seen = new Set<DrugEntry>();
  for (let i = 0; i < words.length;) {
    const candidates = DRUG_TERMS_BY_FIRST_WORD.get(words[i] ?? '');
    const term = candidates?.find((c) => wordsAt(words, i, c.words));
    if (!term) {
      i += 1;
      continue;
    }
    for (const entry of term.entries) {
      if (seen.has(entry)) continue;
      seen.add(entry);
      found.push(entry);
    }
    i += term.words.length;
  }
  // "diazepam (benzodiazepine)" names one drug, not two: a class word yields to a named member.
  return found.filter((e) => !e.unspecified || !found.some((o) => !o.unspecified && o.classId === e.classId));
}

interface NormalizedMedication {
  /** What to show if it is not recognised: the user's text (shortened), or the code. */
  display: string;
  /** The name as matched: cut to `MAX_MATCH_CHARS`. */
  name: string;
  rxnorm: string;
  /** Characters of the name beyond `MAX_MATCH_CHARS`, not read (0 if none). */
  cutChars: number;
  /** Length of the whole name as given. */
  nameChars: number;
}

// ---------------------------------------------------------------------------------------------------
// Reading entries. Lists come from charts, links and other programs, so an entry may be anything. An
// entry that says something is read as text or reported as "not checked"; only an empty one is skipped.

/** Text of a name or code field: text as is, a number or BigInt written out, anything else nothing. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return '';
}

/** Whether an entry with no usable name or code still holds something (so it must not vanish). */
function hasContent(value: unknown): boolean {
  if (!isRecord(value) && !Array.isArray(value)) return false;
  return Object.keys(value).some((key) => {
    const item = ownValue(value, key);
    return item !== undefined && item !== null && !(typeof item === 'string' && !hasText(item));
  });
}

/**
 * Any entry as text: a string as entered, a number or BigInt written out (a bare number is then read as
 * an RxNorm code), a boolean or symbol by what it says; null, undefined and objects give null.
 */
function entryText(input: unknown): string | null {
  switch (typeof input) {
    case 'string':
      return input;
    case 'number':
    case 'bigint':
    case 'boolean':
      return String(input);
    case 'symbol':
      return input.description ?? '';
    default:
      return null;
  }
}

function namedMedication(name: string, rxnorm: string, display: string): NormalizedMedication {
  const cut = cutForMatching(name);
  return { display, name: cut.text, rxnorm, cutChars: cut.cutChars, nameChars: name.length };
}

function readMedication(input: unknown): NormalizedMedication | null {
  const text = entryText(input);
  if (text !== null) {
    return hasText(text) ? namedMedication(text, '', shortText(text, ENTRY_DISPLAY_MAX_CHARS)) : null;
  }
  if (!isRecord(input) && !Array.isArray(input)) return null;
  const name = Array.isArray(input) ? '' : textOf(ownValue(input, 'name'));
  const rxnorm = Array.isArray(input) ? '' : textOf(ownValue(input, 'rxnorm')).trim();
  if (!hasText(name) && rxnorm === '') {
    // e.g. { display: 'Xanax' }: a medication we cannot read is "not checked", never silently dropped.
    return hasContent(input)
      ? namedMedication('', '', '(medication entry with no name or RxNorm code)')
      : null;
  }
  const display = hasText(name) ? shortText(name, ENTRY_DISPLAY_MAX_CHARS) : `RxNorm ${shortText(rxnorm)}`;
  return namedMedication(name, rxnorm, display);
}

function matchMedication(med: NormalizedMedication): { entries: DrugEntry[]; matchedBy: 'rxnorm' | 'name' } {
  // A chart's RxNorm ingredient code is more reliable than free text, so it wins when we know it.
  const byCode = med.rxnorm === '' ? undefined : DRUG_BY_RXCUI.get(med.rxnorm);
  if (byCode) return { entries: [byCode], matchedBy: 'rxnorm' };
  // A product code (SCD/SBD) names its ingredients; the display text is read too and anything it names
  // is kept beside them, so a chart whose code and text disagree loses neither drug.
  const byProduct = med.rxnorm === '' ? undefined : DRUGS_BY_PRODUCT_RXCUI.get(med.rxnorm);
  if (byProduct) {
    const byText = matchDrugWords(normalizeText(med.name));
    return { entries: [...new Set([...byProduct, ...byText])], matchedBy: 'rxnorm' };
  }
  // A bare number typed or pasted as a name is treated as an RxCUI.
  const bare = med.name.trim();
  if (/^\d+$/.test(bare)) {
    const entry = DRUG_BY_RXCUI.get(bare);
    return { entries: entry ? [entry] : [], matchedBy: 'rxnorm' };
  }
  return { entries: matchDrugWords(normalizeText(med.name)), matchedBy: 'name' };
}

/**
 * The dictionary drugs a medication input names: by RxNorm ingredient code when the code is in the
 * dictionary, otherwise by generic or brand name in free text ("Seroquel 50 mg tablet",
 * "oxycodone/naloxone 10/5mg"; only the first `MAX_MATCH_CHARS` characters). A combination product
 * gives one entry per ingredient in the dictionary. Returns [] if nothing is recognised.
 */
export function matchDrug(input: MedicationInput): DrugEntry[] {
  const med = readMedication(input);
  return med ? matchMedication(med).entries : [];
}

// ---------------------------------------------------------------------------------------------------
// Condition matching

interface NormalizedCondition {
  display: string;
  /** The name as matched: cut to `MAX_MATCH_CHARS`. */
  text: string;
  snomed: string;
  /** Upper case, no dot or spaces: `K74.60` → `K7460`. */
  icd10: string;
  /** The ICD-10 code as given (trimmed), for messages. */
  icd10Raw: string;
  cutChars: number;
  textChars: number;
}

function namedCondition(
  text: string,
  display: string,
  codes: { snomed: string; icd10Raw: string } = { snomed: '', icd10Raw: '' },
): NormalizedCondition {
  const cut = cutForMatching(text);
  return {
    display,
    text: cut.text,
    snomed: codes.snomed,
    icd10: codes.icd10Raw.toUpperCase().replace(/[.\s]/g, ''),
    icd10Raw: codes.icd10Raw,
    cutChars: cut.cutChars,
    textChars: text.length,
  };
}

function readCondition(input: unknown): NormalizedCondition | null {
  const entry = entryText(input);
  if (entry !== null) {
    return hasText(entry) ? namedCondition(entry, shortText(entry, ENTRY_DISPLAY_MAX_CHARS)) : null;
  }
  if (!isRecord(input) && !Array.isArray(input)) return null;
  const field = (key: string) => (Array.isArray(input) ? '' : textOf(ownValue(input, key)));
  const text = field('name');
  const snomed = field('snomed').trim();
  const icd10Raw = field('icd10').trim();
  if (!hasText(text) && snomed === '' && icd10Raw === '') {
    return hasContent(input) ? namedCondition('', '(condition entry with no name or code)') : null;
  }
  const codes = [
    icd10Raw ? `ICD-10 ${shortText(icd10Raw)}` : '',
    snomed ? `SNOMED CT ${shortText(snomed)}` : '',
  ].filter(Boolean);
  const display = hasText(text) ? shortText(text, ENTRY_DISPLAY_MAX_CHARS) : codes.join(', ');
  return namedCondition(text, display, { snomed, icd10Raw });
}

// A term directly preceded by one of these is not taken as present ("not pregnant", "no history of
// epilepsy", "not on dialysis", "pre-dialysis": not yet on it). Only the words right before the term
// count, so "non-insulin-dependent diabetes" and "non-controlled epilepsy" still match.
const NEGATIONS: readonly string[][] = [
  'no',
  'not',
  'non',
  'without',
  'denies',
  'denied',
  'never',
  'sans',
  'no history of',
  'no known',
  'no prior',
  'no previous',
  'not currently',
  'not presently',
  'not on',
  'never on',
  'no longer on',
  'pre',
  'negative for',
  'free of',
  'absence of',
  'no evidence of',
  'pas de',
  'pas d',
  'pas sous',
  'absence de',
  'absence d',
].map((n) => n.split(' '));

// Punctuation and "but" end a clause, so a negation in one clause does not reach into the next.
const CLAUSE_BREAK = /[,;.:!?\n()[\]/+]|\bbut\b|\bhowever\b|\bmais\b/i;

function clausesOf(text: string): string[][] {
  return text
    .split(CLAUSE_BREAK)
    .map((c) => normalizeText(c))
    .filter((c) => c !== '')
    .map((c) => c.split(' '));
}

function isNegatedAt(words: readonly string[], index: number): boolean {
  return NEGATIONS.some(
    (neg) => index >= neg.length && neg.every((w, j) => words[index - neg.length + j] === w),
  );
}

const phraseKeyCache = new Map<string, string>();
/** A dictionary phrase as it is compared: normalised, e.g. 'Épilepsie' → 'epilepsie'. */
function phraseKey(term: string): string {
  let key = phraseKeyCache.get(term);
  if (key === undefined) {
    key = normalizeText(term);
    phraseKeyCache.set(term, key);
  }
  return key;
}

/** Every phrase any condition rule looks for: terms, exclusions, paired words and variant terms. */
function conditionPhrases(): Phrase[] {
  const keys = new Set<string>();
  for (const rule of CONDITIONS) {
    const all = [
      ...rule.terms,
      ...(rule.excludeTerms ?? []),
      ...(rule.pairedTerms?.any ?? []),
      ...(rule.pairedTerms?.with ?? []),
      ...(rule.variants ?? []).flatMap((v) => v.terms ?? []),
    ];
    for (const term of all) keys.add(phraseKey(term));
  }
  return [...keys].filter((key) => key !== '').map((key) => ({ key, words: key.split(' ') }));
}

const CONDITION_PHRASES_BY_FIRST_WORD = indexByFirstWord(conditionPhrases());

/**
 * The dictionary phrases present in condition text: whole words within one clause, at least one
 * occurrence not directly negated. One pass over the words, so linear in the text.
 */
function conditionPhraseHits(text: string): ReadonlySet<string> {
  const hits = new Set<string>();
  for (const words of clausesOf(text)) {
    for (let i = 0; i < words.length; i++) {
      const candidates = CONDITION_PHRASES_BY_FIRST_WORD.get(words[i] ?? '');
      if (!candidates) continue;
      for (const phrase of candidates) {
        if (!hits.has(phrase.key) && wordsAt(words, i, phrase.words) && !isNegatedAt(words, i)) {
          hits.add(phrase.key);
        }
      }
    }
  }
  return hits;
}

function hasAnyPhrase(hits: ReadonlySet<string>, terms: readonly string[] | undefined): boolean {
  return (terms ?? []).some((term) => hits.has(phraseKey(term)));
}

function icd10Matches(code: string, prefixes: readonly string[] | undefined): boolean {
  return code !== '' && (prefixes ?? []).some((p) => code.startsWith(p));
}

function ruleMatchesCode(rule: ConditionRule, cond: NormalizedCondition): boolean {
  return (
    (cond.snomed !== '' && (rule.snomed ?? []).includes(cond.snomed)) || icd10Matches(cond.icd10, rule.icd10)
  );
}

function ruleMatchesText(rule: ConditionRule, hits: ReadonlySet<string>, raw: string): boolean {
  const named =
    hasAnyPhrase(hits, rule.terms) ||
    (rule.patterns ?? []).some((p) => p.test(raw.toLowerCase())) ||
    (rule.pairedTerms !== undefined &&
      hasAnyPhrase(hits, rule.pairedTerms.any) &&
      hasAnyPhrase(hits, rule.pairedTerms.with));
  if (!named) return false;
  if (rule.excludeTerms && hasAnyPhrase(hits, rule.excludeTerms)) return false;
  return true;
}

function pickVariant(
  rule: ConditionRule,
  cond: NormalizedCondition,
  hits: ReadonlySet<string>,
): ConditionVariant | undefined {
  return (rule.variants ?? []).find(
    (v) =>
      icd10Matches(cond.icd10, v.icd10) ||
      (cond.snomed !== '' && (v.snomed ?? []).includes(cond.snomed)) ||
      hasAnyPhrase(hits, v.terms),
  );
}

/** A §7 rule matched by one condition input, with the variant (if any) that sets its severity. */
export interface ConditionMatch {
  rule: ConditionRule;
  variant?: ConditionVariant;
  severity: Severity;
  /** Whether a SNOMED CT / ICD-10 code or the name recognised it. */
  matchedBy?: 'code' | 'name';
}

/**
 * The §7 conditions an input names. Codes first (SNOMED CT exact, ICD-10 by prefix); if no code is
 * recognised, the name (its first `MAX_MATCH_CHARS` characters). Modifiers such as "uncontrolled" or
 * an intractable-epilepsy ICD-10-CM code select a variant with its own severity. Returns [] if
 * nothing is recognised.
 */
export function matchCondition(input: ConditionInput): ConditionMatch[] {
  const cond = readCondition(input);
  return cond ? matchReadCondition(cond) : [];
}

function matchReadCondition(cond: NormalizedCondition): ConditionMatch[] {
  const hits = conditionPhraseHits(cond.text);
  let matchedBy: 'code' | 'name' = 'code';
  let rules = CONDITIONS.filter((r) => ruleMatchesCode(r, cond));
  if (rules.length === 0) {
    matchedBy = 'name';
    rules = hasText(cond.text) ? CONDITIONS.filter((r) => ruleMatchesText(r, hits, cond.text)) : [];
  }
  return rules.map((rule) => {
    const variant = pickVariant(rule, cond, hits);
    return variant
      ? { rule, variant, severity: variant.severity, matchedBy }
      : { rule, severity: rule.severity, matchedBy };
  });
}

// ---------------------------------------------------------------------------------------------------
// Findings

const SEVERITY_PHRASE: Record<Severity, string> = {
  'hard-stop': 'hard stop',
  contraindicated: 'contraindicated',
  major: 'major interaction',
  moderate: 'moderate interaction',
  minor: 'minor interaction',
  compatible: 'compatible',
  info: 'for information',
};

// Escalation ladder for the combined CNS finding. SEVERITY_ORDER places `info` between `minor` and
// `compatible` for display; escalation needs the clinical ladder instead, capped at contraindicated
// (a hard stop is reserved for rules the spec marks as such).
const ESCALATION_LADDER: readonly Severity[] = [
  'compatible',
  'minor',
  'moderate',
  'major',
  'contraindicated',
];

/**
 * One level more serious: moderate → major, major → contraindicated. Never above contraindicated;
 * `hard-stop` and `info` are returned unchanged.
 */
export function raiseSeverity(severity: Severity): Severity {
  const index = ESCALATION_LADDER.indexOf(severity);
  if (index < 0) return severity;
  return ESCALATION_LADDER[Math.min(index + 1, ESCALATION_LADDER.length - 1)] ?? severity;
}

function classOf(entry: DrugEntry): DrugClass {
  const cls = CLASS_BY_ID.get(entry.classId);
  // The data tests guarantee every entry's class exists; this keeps the types honest without `!`.
  if (!cls) throw new Error(`Drug dictionary: unknown class ${entry.classId} for ${entry.generic}`);
  return cls;
}

function drugFinding(entry: DrugEntry, inputText: string): Finding {
  const cls = classOf(entry);
  const about = entry.generic === cls.label ? entry.generic : `${entry.generic} (${cls.label})`;
  const recognisedFrom =
    normalizeText(inputText) === normalizeText(entry.generic)
      ? ''
      : ` Recognised from “${shortText(inputText.trim(), ENTRY_DISPLAY_MAX_CHARS)}”.`;
  const unspecified = entry.unspecified
    ? ' The specific drug was not named, so the class rule is applied.'
    : '';
  return {
    ruleId: `interaction.${cls.id}`,
    severity: cls.severity,
    title: `Baclofen + ${about}: ${SEVERITY_PHRASE[cls.severity]}`,
    detail: `${cls.mechanism}${unspecified}${recognisedFrom}`,
    action: cls.action,
    subject: entry.generic,
    evidence: cls.evidence,
    sources: [...cls.sources],
  };
}

/**
 * Spec §6 (ruleset 1.2): prescribed CNS depressants of two or more different classes raise the
 * combined risk one level above the most serious of them (bacloplan default). Alcohol, SSRIs and SNRIs
 * do not count (`cnsDepressant: false`); two drugs of one class are one class.
 */
function cnsCombinationFinding(entries: readonly DrugEntry[]): Finding | null {
  const cns = entries.filter((e) => classOf(e).cnsDepressant);
  const classes = new Set(cns.map((e) => e.classId));
  if (classes.size < 2) return null;
  const worst = cns
    .map((e) => classOf(e).severity)
    .reduce((a, b) => (severityRank(b) < severityRank(a) ? b : a));
  const severity = raiseSeverity(worst);
  const names = cns.map((e) => e.generic);
  const hasOpioid = cns.some((e) => e.classId === 'opioids');
  return {
    ruleId: CNS_COMBINATION_RULE_ID,
    severity,
    title: `Several CNS depressants with baclofen: ${severity}`,
    detail:
      `${cns.length} CNS depressants of ${classes.size} different classes are taken with baclofen ` +
      `(${names.join(', ')}). Sedation and respiratory depression add up, so the combined risk is shown ` +
      `one level above the most serious single interaction (${worst} → ${severity}). Alcohol, the ` +
      `indication, is not counted here. This escalation is a bacloplan default.`,
    action:
      'Review whether each CNS depressant is needed. If they are continued, use a lower baclofen cap and ' +
      'slower titration steps, and warn the patient and those around them about sedation and slowed breathing.' +
      (hasOpioid
        ? ' An opioid is involved: supply naloxone, and do not stop opioid use disorder treatment.'
        : ''),
    subject: names.join(' + '),
    evidence: 'default',
    sources: ['bacloplan-default'],
  };
}

function selects(selector: DrugSelector, entry: DrugEntry): boolean {
  return (
    (selector.classIds ?? []).includes(entry.classId) || (selector.generics ?? []).includes(entry.generic)
  );
}

/** §6 rows between two co-medications: one finding per pair present (e.g. oxycodone + naltrexone). */
function coMedicationFindings(entries: readonly DrugEntry[]): Finding[] {
  const findings: Finding[] = [];
  for (const rule of CO_MEDICATION_RULES) {
    const [firstSide, secondSide] = rule.sides;
    const firsts = entries.filter((e) => selects(firstSide, e));
    const seconds = entries.filter((e) => selects(secondSide, e));
    for (const first of firsts) {
      for (const second of seconds) {
        if (first === second) continue;
        findings.push({
          ruleId: `interaction.${rule.id}`,
          severity: rule.severity,
          title: rule.title.replace('{first}', first.generic).replace('{second}', second.generic),
          detail: `${rule.mechanism} Present: ${first.generic} (${firstSide.label}) and ${second.generic} (${secondSide.label}).`,
          action: rule.action,
          subject: `${first.generic} + ${second.generic}`,
          evidence: rule.evidence,
          sources: [...rule.sources],
        });
      }
    }
  }
  return findings;
}

/** §6 rows that need renal function (acamprosate with CrCl < 30): only when the caller gave it. */
function renalDrugFindings(entries: readonly DrugEntry[], options: InteractionOptions): Finding[] {
  const findings: Finding[] = [];
  const { crclMlMin, renalBand } = options;
  for (const rule of RENAL_DRUG_RULES) {
    const lowCrcl = crclMlMin !== undefined && crclMlMin < rule.crclBelowMlMin;
    const band = renalBand !== undefined && rule.bands.includes(renalBand);
    if (!lowCrcl && !band) continue;
    const why = [
      lowCrcl ? `CrCl ${formatMlMin(crclMlMin)} mL/min is below ${rule.crclBelowMlMin} mL/min` : '',
      band ? `the renal band is ${renalBand}` : '',
    ]
      .filter(Boolean)
      .join(' and ');
    for (const entry of entries.filter((e) => rule.generics.includes(e.generic))) {
      findings.push({
        ruleId: `interaction.${rule.id}`,
        severity: rule.severity,
        title: rule.title,
        detail: `${rule.mechanism} Here ${why}.`,
        action: rule.action,
        subject: entry.generic,
        evidence: rule.evidence,
        sources: [...rule.sources],
      });
    }
  }
  return findings;
}

function truncationFinding(
  kind: 'medication' | 'condition',
  display: string,
  totalChars: number,
  cutChars: number,
): Finding {
  const checked = totalChars - cutChars;
  return {
    ruleId: kind === 'medication' ? MEDICATION_TEXT_TRUNCATED_RULE_ID : CONDITION_TEXT_TRUNCATED_RULE_ID,
    severity: 'info',
    title: `${kind === 'medication' ? 'Medication' : 'Condition'} text too long: only the first ${groupDigits(checked)} characters were checked`,
    detail:
      `The ${kind} entry “${display}” is ${groupDigits(totalChars)} characters long. Only the first ` +
      `${groupDigits(checked)} were checked; the other ${groupDigits(cutChars)} were not read, so ` +
      `${kind === 'medication' ? 'a drug' : 'a condition'} named there is not in this check. ` +
      'Cutting long entries is a bacloplan default.',
    action: `Enter one ${kind} per entry, or check the rest of that text yourself.`,
    subject: display,
    evidence: 'default',
    sources: ['bacloplan-default'],
  };
}

function conditionFinding(match: ConditionMatch, inputText: string, extra = ''): Finding {
  const { rule, variant } = match;
  const source = variant ?? rule;
  const recognisedFrom =
    normalizeText(inputText) === normalizeText(rule.label)
      ? ''
      : ` Recognised from “${shortText(inputText.trim(), ENTRY_DISPLAY_MAX_CHARS)}”.`;
  const finding: Finding = {
    ruleId: rule.role === 'indication' ? INDICATION_RULE_ID : `condition.${rule.id}`,
    severity: match.severity,
    title: source.title,
    detail: `${source.note}${extra}${recognisedFrom}`,
    subject: rule.label,
    evidence: source.evidence,
    sources: [...source.sources],
  };
  if (source.action !== undefined) finding.action = source.action;
  return finding;
}

const bandRank = (band: RenalBand) => RENAL_BAND_ORDER.indexOf(band);

/** How the chart entry is named in a renal cross-check: "CKD stage 4 (N18.4)" or the text as typed. */
function chartConditionText(
  rule: ConditionRule,
  cond: NormalizedCondition,
  matchedBy: 'code' | 'name',
): string {
  if (matchedBy === 'code') {
    const labels = rule.codeLabels ?? {};
    if (cond.snomed !== '' && (rule.snomed ?? []).includes(cond.snomed)) {
      return `${labels[cond.snomed] ?? rule.label} (SNOMED CT ${cond.snomed})`;
    }
    const prefix = (rule.icd10 ?? [])
      .filter((p) => cond.icd10.startsWith(p))
      .sort((a, b) => b.length - a.length)[0];
    if (prefix !== undefined) return `${labels[prefix] ?? rule.label} (${shortText(cond.icd10Raw, 20)})`;
  }
  return `“${shortText(cond.text.trim(), 60)}”`;
}

/**
 * Spec §2.4 "Chart says more than the form" and §7: a renal condition on the chart is reported as
 * itself (major, reassess), and with an assessed band that is better than the one it implies also as
 * `renal.chart-disagrees`, naming both.
 */
function renalConditionFindings(
  match: ConditionMatch,
  cond: NormalizedCondition,
  renalBand: RenalBand | undefined,
): Finding[] {
  const implied = match.rule.impliesRenalBand;
  if (implied === undefined) return [conditionFinding(match, cond.display)];
  if (renalBand === undefined) {
    return [
      conditionFinding(
        match,
        cond.display,
        ' No renal band was given with this check, so the chart cannot be compared with it: reassess renal function.',
      ),
    ];
  }
  if (bandRank(implied) <= bandRank(renalBand)) {
    return [
      conditionFinding(
        match,
        cond.display,
        ` The assessed renal band (${renalBand}) is at least as conservative.`,
      ),
    ];
  }
  const chart = chartConditionText(match.rule, cond, match.matchedBy ?? 'name');
  const fill = (template: string) =>
    template.replace('{chart}', chart).replace('{implied}', implied).replace('{assessed}', renalBand);
  return [
    conditionFinding(
      match,
      cond.display,
      ` The assessed renal band (${renalBand}) is less conservative than the chart implies (${implied}).`,
    ),
    {
      ruleId: CHART_DISAGREES_RULE.ruleId,
      severity: CHART_DISAGREES_RULE.severity,
      title: fill(CHART_DISAGREES_RULE.title),
      detail: fill(CHART_DISAGREES_RULE.detail),
      action: CHART_DISAGREES_RULE.action,
      subject: match.rule.label,
      evidence: CHART_DISAGREES_RULE.evidence,
      sources: [...CHART_DISAGREES_RULE.sources],
    },
  ];
}

/** Same rule about the same subject only once, keeping the most serious (e.g. epilepsy + uncontrolled). */
function dedupeFindings(findings: readonly Finding[]): Finding[] {
  const kept = new Map<string, Finding>();
  for (const finding of findings) {
    const key = `${finding.ruleId}\u0000${finding.subject ?? ''}`;
    const previous = kept.get(key);
    if (!previous || severityRank(finding.severity) < severityRank(previous.severity)) {
      kept.set(key, finding);
    }
  }
  return [...kept.values()];
}

/** Whether a finding is the indication (alcohol use disorder), to be shown as "indication". */
export function isIndicationFinding(finding: Pick<Finding, 'ruleId'>): boolean {
  return finding.ruleId === INDICATION_RULE_ID;
}

/** How one medication input was read. */
export interface MedicationMatch {
  input: string;
  generics: string[];
  matchedBy: 'rxnorm' | 'name';
  /** Characters of the name beyond `MAX_MATCH_CHARS` that were not read (only when some were cut). */
  truncatedChars?: number;
}

/** How one condition input was read. */
export interface ConditionInputMatch {
  input: string;
  conditionIds: ConditionId[];
  /** True when it names the indication (alcohol use disorder), not a caution. */
  indication: boolean;
  /** Characters of the name beyond `MAX_MATCH_CHARS` that were not read (only when some were cut). */
  truncatedChars?: number;
}

/** `checkInteractions` with medications and conditions kept apart, and how each input was read. */
export interface DetailedInteractionResult {
  /** Most serious first (hard stop → compatible/info), one per rule and subject. */
  findings: Finding[];
  /** Medication inputs not recognised ("not checked"), as the user entered them. */
  unrecognizedMedications: string[];
  /** Condition inputs not recognised ("not checked"), as the user entered them. */
  unrecognizedConditions: string[];
  medications: MedicationMatch[];
  conditions: ConditionInputMatch[];
}

function requireList(value: unknown, field: 'medications' | 'conditions', what: string): void {
  if (!Array.isArray(value)) {
    throw new RulesInputError(field, `${what} must be a list (empty if none); got ${describeValue(value)}.`);
  }
}

/**
 * Check medications (§6) and conditions (§7) against baclofen.
 *
 * - One finding per recognised drug (`interaction.<class>`, subject = generic name); the same drug
 *   entered twice, or by generic and brand, gives one finding.
 * - The alcohol row (`interaction.alcohol`, subject 'alcohol') is in every result, entered or not.
 * - Prescribed CNS depressants of two or more different classes add
 *   `interaction.cns-depressant-combination`, one level above the most serious of them (bacloplan
 *   default); alcohol, SSRIs and SNRIs do not count.
 * - An opioid agonist with naltrexone or nalmefene adds `interaction.opioid-agonist-antagonist` per
 *   pair (contraindicated); acamprosate with `options.crclMlMin` < 30 (or `renalBand` dialysis) adds
 *   `interaction.acamprosate-renal` (contraindicated).
 * - One finding per recognised condition (`condition.<id>`, severity per §7 and its variants);
 *   alcohol use disorder is `condition.indication` (info). A renal condition implying a worse band
 *   than `options.renalBand` adds `renal.chart-disagrees` (major).
 * - Entries longer than `MAX_MATCH_CHARS` are matched on their start and reported with
 *   `interaction.text-truncated` / `condition.text-truncated` (info).
 * - Unrecognised non-empty inputs are returned, never dropped; empty ones are ignored.
 */
export function checkInteractionsDetailed(
  meds: readonly MedicationInput[],
  conditions: readonly ConditionInput[] = [],
  options?: InteractionOptions,
): DetailedInteractionResult {
  // The lists themselves must be lists; their entries may be anything (see readMedication).
  requireList(meds, 'medications', 'Medications');
  requireList(conditions, 'conditions', 'Conditions');
  const known = readOptions(options);
  const findings: Finding[] = [];
  const unrecognizedMedications: string[] = [];
  const unrecognizedConditions: string[] = [];
  const medications: MedicationMatch[] = [];
  const conditionMatches: ConditionInputMatch[] = [];
  const seenDrugs: DrugEntry[] = [];

  for (const input of meds as readonly unknown[]) {
    const med = readMedication(input);
    if (!med) continue;
    const { entries, matchedBy } = matchMedication(med);
    const read: MedicationMatch = { input: med.display, generics: entries.map((e) => e.generic), matchedBy };
    const cutAndRead = med.cutChars > 0 && matchedBy === 'name';
    if (cutAndRead) {
      read.truncatedChars = med.cutChars;
      findings.push(truncationFinding('medication', med.display, med.nameChars, med.cutChars));
    }
    medications.push(read);
    if (entries.length === 0) {
      if (!unrecognizedMedications.includes(med.display)) unrecognizedMedications.push(med.display);
      continue;
    }
    for (const entry of entries) {
      if (seenDrugs.includes(entry)) continue;
      seenDrugs.push(entry);
      findings.push(drugFinding(entry, med.name || med.display));
    }
  }

  // Alcohol is always present in AUD (spec §6): its row is shown whether or not it was entered. It is
  // not added to seenDrugs, so it never counts towards the combined CNS finding.
  for (const entry of ALWAYS_PRESENT_DRUGS) {
    if (!seenDrugs.includes(entry)) findings.push(drugFinding(entry, entry.generic));
  }

  const combined = cnsCombinationFinding(seenDrugs);
  if (combined) findings.push(combined);
  findings.push(...coMedicationFindings(seenDrugs), ...renalDrugFindings(seenDrugs, known));

  for (const input of conditions as readonly unknown[]) {
    const cond = readCondition(input);
    if (!cond) continue;
    const matches = matchReadCondition(cond);
    const read: ConditionInputMatch = {
      input: cond.display,
      conditionIds: matches.map((m) => m.rule.id),
      indication: matches.some((m) => m.rule.role === 'indication'),
    };
    const cutAndRead = cond.cutChars > 0 && !matches.some((m) => m.matchedBy === 'code');
    if (cutAndRead) {
      read.truncatedChars = cond.cutChars;
      findings.push(truncationFinding('condition', cond.display, cond.textChars, cond.cutChars));
    }
    conditionMatches.push(read);
    if (matches.length === 0) {
      if (!unrecognizedConditions.includes(cond.display)) unrecognizedConditions.push(cond.display);
      continue;
    }
    for (const match of matches) findings.push(...renalConditionFindings(match, cond, known.renalBand));
  }

  return {
    findings: sortFindings(dedupeFindings(findings)),
    unrecognizedMedications,
    unrecognizedConditions,
    medications,
    conditions: conditionMatches,
  };
}

/**
 * Check medications (§6) and conditions (§7) against baclofen: findings sorted most serious first,
 * and `unrecognized` = inputs that could not be checked (unrecognised medications, then unrecognised
 * conditions, as entered). `options` (optional) carries the renal facts some rows need. Use
 * `checkInteractionsDetailed` to keep the two kinds apart.
 */
export function checkInteractions(
  meds: readonly MedicationInput[],
  conditions: readonly ConditionInput[] = [],
  options?: InteractionOptions,
): InteractionResult {
  const detailed = checkInteractionsDetailed(meds, conditions, options);
  return {
    findings: detailed.findings,
    unrecognized: [...detailed.unrecognizedMedications, ...detailed.unrecognizedConditions],
  };
}

// ---------------------------------------------------------------------------------------------------
// Type-ahead

/** One type-ahead suggestion: a generic, synonym, brand or combination product. */
export interface DrugSuggestion {
  /** The name as written in the dictionary ("Séresta", "oxazepam"); insert this into the field. */
  label: string;
  kind: DrugTermKind;
  /** Generic name(s) it stands for. */
  generics: string[];
  /** The most serious interaction severity among them, for an icon next to the suggestion. */
  severity: Severity;
}

/**
 * Suggestions for a medication field, best first: exact name, then names starting with the query,
 * then names with a word starting with it, then names containing it; generics before brands. Class
 * words ("opioids") are not suggested. Accent- and case-insensitive; an empty query gives [].
 */
export function searchDrugs(query: string, limit = 10): DrugSuggestion[] {
  // A type-ahead must never break the field it serves: anything but text suggests nothing.
  if (typeof query !== 'string') return [];
  // Cut like any entry: a pasted page must not stall the field it is typed into.
  const q = normalizeText(cutForMatching(query).text);
  if (q === '' || limit <= 0) return [];
  const kindRank: Record<DrugTermKind, number> = { generic: 0, synonym: 1, brand: 2, combination: 3 };
  const scored: { term: DrugTerm; score: number }[] = [];
  for (const term of DRUG_TERMS) {
    if (term.entries.some((e) => e.unspecified)) continue;
    let score: number;
    if (term.term === q) score = 0;
    else if (term.term.startsWith(q)) score = 1;
    else if (term.term.includes(` ${q}`)) score = 2;
    else if (term.term.includes(q)) score = 3;
    else continue;
    scored.push({ term, score });
  }
  scored.sort(
    (a, b) =>
      a.score - b.score ||
      kindRank[a.term.kind] - kindRank[b.term.kind] ||
      a.term.term.localeCompare(b.term.term),
  );
  return scored.slice(0, limit).map(({ term }) => ({
    label: term.label,
    kind: term.kind,
    generics: term.entries.map((e) => e.generic),
    severity: term.entries
      .map((e) => classOf(e).severity)
      .reduce((a, b) => (severityRank(b) < severityRank(a) ? b : a), 'compatible' as Severity),
  }));
}
