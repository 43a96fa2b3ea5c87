/**
 * Interactions, conditions and cautions (clinical spec §6 and §7). Pure: no I/O, no clock.
 *
 * The tables are data (`data/interaction-classes.ts`, `data/drugs.ts`, `data/conditions.ts`); this file
 * recognises what the prescriber typed or the chart carried, applies the rows, and never drops an input
 * it could not recognise — those come back as "not checked" (`unrecognized`).
 */
import { COMBINATION_PRODUCTS, DRUGS, type CombinationProduct, type DrugEntry } from './data/drugs';
import { DRUG_CLASSES, type DrugClass, type DrugClassId } from './data/interaction-classes';
import { CONDITIONS, type ConditionId, type ConditionRule, type ConditionVariant } from './data/conditions';
import { RulesInputError } from './errors';
import { describeValue, isRecord, ownValue, shortText } from './input-guards';
import { severityRank, sortFindings } from './severity';
import type { ConditionInput, Finding, InteractionResult, MedicationInput, Severity } from './types';

export { COMBINATION_PRODUCTS, DRUGS, DRUG_CLASSES, CONDITIONS };
export type {
  CombinationProduct,
  ConditionId,
  ConditionRule,
  ConditionVariant,
  DrugClass,
  DrugClassId,
  DrugEntry,
};

/** Rule id of the combined "several CNS depressants" finding (spec §6, bacloplan default). */
export const CNS_COMBINATION_RULE_ID = 'interaction.cns-depressant-combination';

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

export type DrugTermKind = 'generic' | 'synonym' | 'brand' | 'combination';

interface DrugTerm {
  /** Normalised term. */
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
    byTerm.set(term, { term, label, kind, entries });
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
  // Longest terms first, so "insulin glargine" is consumed before "insulin" and "sodium oxybate"
  // before "oxybate": one phrase, one drug.
  return [...byTerm.values()].sort(
    (a, b) => b.term.split(' ').length - a.term.split(' ').length || b.term.length - a.term.length,
  );
}

const DRUG_TERMS: readonly DrugTerm[] = buildDrugTerms();

/** Find every dictionary drug named in a free-text medication line, in order of appearance. */
function matchDrugText(text: string): DrugEntry[] {
  const normalized = normalizeText(text);
  if (normalized === '') return [];
  const original = ` ${normalized} `;
  let remaining = original;
  const found: { entry: DrugEntry; position: number }[] = [];
  for (const { term, entries } of DRUG_TERMS) {
    const needle = ` ${term} `;
    if (!remaining.includes(needle)) continue;
    const position = original.indexOf(needle);
    for (const entry of entries) {
      if (!found.some((f) => f.entry === entry)) found.push({ entry, position });
    }
    // Consume the phrase (" | " never matches a term) so a shorter term cannot match inside it.
    while (remaining.includes(needle)) remaining = remaining.replace(needle, ' | ');
  }
  const entries = found.sort((a, b) => a.position - b.position).map((f) => f.entry);
  // "diazepam (benzodiazepine)" names one drug, not two: a class word yields to a named member.
  return entries.filter(
    (e) => !e.unspecified || !entries.some((o) => !o.unspecified && o.classId === e.classId),
  );
}

interface NormalizedMedication {
  /** What to show if it is not recognised: the user's text, or the code. */
  display: string;
  name: string;
  rxnorm: string;
}

// ---------------------------------------------------------------------------------------------------
// Reading entries. Lists come from charts, links and other programs, so an entry may be anything. An
// entry that says something is read as text or reported as "not checked"; only an empty one is skipped.

/** Longest entry text shown back in `unrecognized` or a finding; matching still reads the whole text. */
const ENTRY_DISPLAY_MAX_CHARS = 120;

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
    return item !== undefined && item !== null && !(typeof item === 'string' && item.trim() === '');
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

function readMedication(input: unknown): NormalizedMedication | null {
  const text = entryText(input);
  if (text !== null) {
    return text.trim() === ''
      ? null
      : { display: shortText(text, ENTRY_DISPLAY_MAX_CHARS), name: text, rxnorm: '' };
  }
  if (!isRecord(input) && !Array.isArray(input)) return null;
  const name = Array.isArray(input) ? '' : textOf(ownValue(input, 'name'));
  const rxnorm = Array.isArray(input) ? '' : textOf(ownValue(input, 'rxnorm')).trim();
  if (name.trim() === '' && rxnorm === '') {
    // e.g. { display: 'Xanax' }: a medication we cannot read is "not checked", never silently dropped.
    return hasContent(input)
      ? { display: '(medication entry with no name or RxNorm code)', name: '', rxnorm: '' }
      : null;
  }
  const display =
    name.trim() !== '' ? shortText(name, ENTRY_DISPLAY_MAX_CHARS) : `RxNorm ${shortText(rxnorm)}`;
  return { display, name, rxnorm };
}

function matchMedication(med: NormalizedMedication): { entries: DrugEntry[]; matchedBy: 'rxnorm' | 'name' } {
  // A chart's RxNorm ingredient code is more reliable than free text, so it wins when we know it.
  const byCode = med.rxnorm === '' ? undefined : DRUG_BY_RXCUI.get(med.rxnorm);
  if (byCode) return { entries: [byCode], matchedBy: 'rxnorm' };
  // A bare number typed or pasted as a name is treated as an RxCUI.
  const bare = med.name.trim();
  if (/^\d+$/.test(bare)) {
    const entry = DRUG_BY_RXCUI.get(bare);
    return { entries: entry ? [entry] : [], matchedBy: 'rxnorm' };
  }
  return { entries: matchDrugText(med.name), matchedBy: 'name' };
}

/**
 * The dictionary drugs a medication input names: by RxNorm ingredient code when the code is in the
 * dictionary, otherwise by generic or brand name in free text ("Seroquel 50 mg tablet",
 * "oxycodone/naloxone 10/5mg"). A combination product gives one entry per ingredient in the dictionary.
 * Returns [] if nothing is recognised.
 */
export function matchDrug(input: MedicationInput): DrugEntry[] {
  const med = readMedication(input);
  return med ? matchMedication(med).entries : [];
}

// ---------------------------------------------------------------------------------------------------
// Condition matching

interface NormalizedCondition {
  display: string;
  text: string;
  snomed: string;
  /** Upper case, no dot or spaces: `K74.60` → `K7460`. */
  icd10: string;
}

function readCondition(input: unknown): NormalizedCondition | null {
  const entry = entryText(input);
  if (entry !== null) {
    return entry.trim() === ''
      ? null
      : { display: shortText(entry, ENTRY_DISPLAY_MAX_CHARS), text: entry, snomed: '', icd10: '' };
  }
  if (!isRecord(input) && !Array.isArray(input)) return null;
  const field = (key: string) => (Array.isArray(input) ? '' : textOf(ownValue(input, key)));
  const text = field('name');
  const snomed = field('snomed').trim();
  const icd10Raw = field('icd10').trim();
  if (text.trim() === '' && snomed === '' && icd10Raw === '') {
    return hasContent(input)
      ? { display: '(condition entry with no name or code)', text: '', snomed: '', icd10: '' }
      : null;
  }
  const codes = [
    icd10Raw ? `ICD-10 ${shortText(icd10Raw)}` : '',
    snomed ? `SNOMED CT ${shortText(snomed)}` : '',
  ].filter(Boolean);
  return {
    display: text.trim() !== '' ? shortText(text, ENTRY_DISPLAY_MAX_CHARS) : codes.join(', '),
    text,
    snomed,
    icd10: icd10Raw.toUpperCase().replace(/[.\s]/g, ''),
  };
}

// A term directly preceded by one of these is not taken as present ("not pregnant", "no history of
// epilepsy"). Only the words right before the term count, so "non-insulin-dependent diabetes" and
// "non-controlled epilepsy" still match.
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
  'negative for',
  'free of',
  'absence of',
  'no evidence of',
  'pas de',
  'pas d',
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

const normalizedTermCache = new Map<string, string[]>();
function termWords(term: string): string[] {
  let words = normalizedTermCache.get(term);
  if (!words) {
    words = normalizeText(term).split(' ');
    normalizedTermCache.set(term, words);
  }
  return words;
}

/** True if a clause contains the term as whole words, not directly negated. */
function clauseHasTerm(words: readonly string[], term: string): boolean {
  const target = termWords(term);
  if (target.length === 0 || target[0] === '') return false;
  for (let i = 0; i + target.length <= words.length; i++) {
    if (target.every((w, j) => words[i + j] === w) && !isNegatedAt(words, i)) return true;
  }
  return false;
}

function textHasAnyTerm(clauses: readonly string[][], terms: readonly string[] | undefined): boolean {
  return (terms ?? []).some((term) => clauses.some((words) => clauseHasTerm(words, term)));
}

function icd10Matches(code: string, prefixes: readonly string[] | undefined): boolean {
  return code !== '' && (prefixes ?? []).some((p) => code.startsWith(p));
}

function ruleMatchesCode(rule: ConditionRule, cond: NormalizedCondition): boolean {
  return (
    (cond.snomed !== '' && (rule.snomed ?? []).includes(cond.snomed)) || icd10Matches(cond.icd10, rule.icd10)
  );
}

function ruleMatchesText(rule: ConditionRule, clauses: readonly string[][], raw: string): boolean {
  if (clauses.length === 0) return false;
  const named =
    textHasAnyTerm(clauses, rule.terms) ||
    (rule.patterns ?? []).some((p) => p.test(raw.toLowerCase())) ||
    (rule.pairedTerms !== undefined &&
      textHasAnyTerm(clauses, rule.pairedTerms.any) &&
      textHasAnyTerm(clauses, rule.pairedTerms.with));
  if (!named) return false;
  if (rule.excludeTerms && textHasAnyTerm(clauses, rule.excludeTerms)) return false;
  return true;
}

function pickVariant(
  rule: ConditionRule,
  cond: NormalizedCondition,
  clauses: readonly string[][],
): ConditionVariant | undefined {
  return (rule.variants ?? []).find(
    (v) =>
      icd10Matches(cond.icd10, v.icd10) ||
      (cond.snomed !== '' && (v.snomed ?? []).includes(cond.snomed)) ||
      textHasAnyTerm(clauses, v.terms),
  );
}

/** A §7 rule matched by one condition input, with the variant (if any) that sets its severity. */
export interface ConditionMatch {
  rule: ConditionRule;
  variant?: ConditionVariant;
  severity: Severity;
}

/**
 * The §7 conditions an input names. Codes first (SNOMED CT exact, ICD-10 by prefix); if no code is
 * recognised, the name. Modifiers such as "uncontrolled" or an intractable-epilepsy ICD-10-CM code
 * select a variant with its own severity. Returns [] if nothing is recognised.
 */
export function matchCondition(input: ConditionInput): ConditionMatch[] {
  const cond = readCondition(input);
  return cond ? matchReadCondition(cond) : [];
}

function matchReadCondition(cond: NormalizedCondition): ConditionMatch[] {
  const clauses = clausesOf(cond.text);
  let rules = CONDITIONS.filter((r) => ruleMatchesCode(r, cond));
  if (rules.length === 0) rules = CONDITIONS.filter((r) => ruleMatchesText(r, clauses, cond.text));
  return rules.map((rule) => {
    const variant = pickVariant(rule, cond, clauses);
    return variant ? { rule, variant, severity: variant.severity } : { rule, severity: rule.severity };
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

function cnsCombinationFinding(entries: readonly DrugEntry[]): Finding | null {
  const cns = entries.filter((e) => classOf(e).cnsDepressant);
  if (cns.length < 2) return null;
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
      `${cns.length} CNS depressants are taken with baclofen (${names.join(', ')}). Sedation and ` +
      `respiratory depression add up, so the combined risk is shown one level above the most serious ` +
      `single interaction (${worst} → ${severity}). This escalation is a bacloplan default.`,
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

function conditionFinding(match: ConditionMatch, inputText: string): Finding {
  const { rule, variant } = match;
  const source = variant ?? rule;
  const recognisedFrom =
    normalizeText(inputText) === normalizeText(rule.label)
      ? ''
      : ` Recognised from “${shortText(inputText.trim(), ENTRY_DISPLAY_MAX_CHARS)}”.`;
  const finding: Finding = {
    ruleId: `condition.${rule.id}`,
    severity: match.severity,
    title: source.title,
    detail: `${source.note}${recognisedFrom}`,
    subject: rule.label,
    evidence: source.evidence,
    sources: [...source.sources],
  };
  if (source.action !== undefined) finding.action = source.action;
  return finding;
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

/** How one medication input was read. */
export interface MedicationMatch {
  input: string;
  generics: string[];
  matchedBy: 'rxnorm' | 'name';
}

/** How one condition input was read. */
export interface ConditionInputMatch {
  input: string;
  conditionIds: ConditionId[];
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

/**
 * Check medications (§6) and conditions (§7) against baclofen.
 *
 * - One finding per recognised drug (`interaction.<class>`, subject = generic name); the same drug
 *   entered twice, or by generic and brand, gives one finding.
 * - Two or more distinct CNS depressants (alcohol counts when listed) add
 *   `interaction.cns-depressant-combination`, one level above the most serious of them (bacloplan default).
 * - One finding per recognised condition (`condition.<id>`), severity per §7 and its variants.
 * - Unrecognised non-empty inputs are returned, never dropped; empty ones are ignored.
 */
export function checkInteractionsDetailed(
  meds: readonly MedicationInput[],
  conditions: readonly ConditionInput[] = [],
): DetailedInteractionResult {
  // The lists themselves must be lists; their entries may be anything (see readMedication).
  if (!Array.isArray(meds)) {
    throw new RulesInputError(
      'medications',
      `Medications must be a list (empty if none); got ${describeValue(meds)}.`,
    );
  }
  if (!Array.isArray(conditions)) {
    throw new RulesInputError(
      'conditions',
      `Conditions must be a list (empty if none); got ${describeValue(conditions)}.`,
    );
  }
  const findings: Finding[] = [];
  const unrecognizedMedications: string[] = [];
  const unrecognizedConditions: string[] = [];
  const medications: MedicationMatch[] = [];
  const conditionMatches: ConditionInputMatch[] = [];
  const seenDrugs: DrugEntry[] = [];

  for (const input of meds) {
    const med = readMedication(input);
    if (!med) continue;
    const { entries, matchedBy } = matchMedication(med);
    medications.push({ input: med.display, generics: entries.map((e) => e.generic), matchedBy });
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

  const combined = cnsCombinationFinding(seenDrugs);
  if (combined) findings.push(combined);

  for (const input of conditions) {
    const cond = readCondition(input);
    if (!cond) continue;
    const matches = matchReadCondition(cond);
    conditionMatches.push({ input: cond.display, conditionIds: matches.map((m) => m.rule.id) });
    if (matches.length === 0) {
      if (!unrecognizedConditions.includes(cond.display)) unrecognizedConditions.push(cond.display);
      continue;
    }
    for (const match of matches) findings.push(conditionFinding(match, cond.display));
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
 * conditions, as entered). Use `checkInteractionsDetailed` to keep the two kinds apart.
 */
export function checkInteractions(
  meds: readonly MedicationInput[],
  conditions: readonly ConditionInput[] = [],
): InteractionResult {
  const detailed = checkInteractionsDetailed(meds, conditions);
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
  const q = normalizeText(query);
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
