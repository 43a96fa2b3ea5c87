/**
 * FHIR R4 search semantics for the demo EHR, for the parameters bacloplan (and a curious developer)
 * uses. Written to the spec (https://hl7.org/fhir/R4/search.html), tested in search.test.ts:
 * - repeated parameters are AND, comma-separated values are OR;
 * - string: case- and accent-insensitive "starts with" on any part, `:exact`, `:contains`;
 * - token: `code`, `system|code`, `|code`, `system|`, and the `:not` and `:text` modifiers;
 * - reference: `id`, `Type/id` or an absolute URL;
 * - date: prefixes eq ne gt lt ge le sa eb with the implicit range of the value's precision;
 * - `_id`, `_lastUpdated`, `_sort` (several keys, `-` for descending), `_count`, `_offset` (paging).
 * Unknown parameters or modifiers are rejected with 400, as strict servers do, so a typo in a client
 * query fails loudly in tests instead of silently returning everything.
 */
import type { CodeableConcept, Coding, Identifier, Period, Reference, Resource } from '@medplum/fhirtypes';

export type ParamType = 'string' | 'token' | 'reference' | 'date';

interface Token {
  system?: string;
  code: string;
  text?: string;
}
interface DateRange {
  start: number;
  end: number;
}

type Extractor = (resource: Resource) => unknown[];

export interface SearchParamDef {
  type: ParamType;
  description: string;
  values: Extractor;
  /** For reference parameters: the type a bare id refers to. */
  target?: string;
}

// ── Extraction helpers ─────────────────────────────────────────────────────────────────────────────

const get = (resource: Resource, key: string): unknown =>
  (resource as unknown as Record<string, unknown>)[key];

const list = (value: unknown): unknown[] =>
  value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];

function tokensOf(value: unknown): Token[] {
  if (typeof value === 'string') return [{ code: value }];
  if (typeof value === 'boolean') return [{ code: String(value) }];
  if (typeof value !== 'object' || value === null) return [];
  const concept = value as CodeableConcept & Coding & Identifier;
  if (Array.isArray(concept.coding)) {
    return concept.coding
      .filter((coding) => typeof coding.code === 'string')
      .map((coding) => ({
        ...(coding.system ? { system: coding.system } : {}),
        code: coding.code as string,
        text: [concept.text, coding.display].filter(Boolean).join(' '),
      }));
  }
  if (typeof concept.code === 'string') {
    return [
      {
        ...(concept.system ? { system: concept.system } : {}),
        code: concept.code,
        text: concept.display ?? '',
      },
    ];
  }
  if (typeof concept.value === 'string') {
    return [{ ...(concept.system ? { system: concept.system } : {}), code: concept.value }];
  }
  return [];
}

function conceptTexts(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return [];
  const concept = value as CodeableConcept;
  return [concept.text, ...(concept.coding ?? []).map((coding) => coding.display)].filter(
    (text): text is string => typeof text === 'string',
  );
}

function dateRangesOf(value: unknown): DateRange[] {
  if (typeof value === 'string') {
    const range = parseDateRange(value);
    return range ? [range] : [];
  }
  if (typeof value === 'object' && value !== null && ('start' in value || 'end' in value)) {
    const period = value as Period;
    const start = period.start ? parseDateRange(period.start)?.start : -Infinity;
    const end = period.end ? parseDateRange(period.end)?.end : Infinity;
    return start !== undefined && end !== undefined ? [{ start, end }] : [];
  }
  return [];
}

const DATE_PATTERN =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/**
 * The implicit range of a FHIR date/dateTime: `2026` is the whole year, `2026-11-20` the whole day,
 * a time to the second that second. Times without a zone are read as UTC (the demo server's zone).
 */
export function parseDateRange(text: string): DateRange | undefined {
  const match = DATE_PATTERN.exec(text.trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, zone] = match;
  const year = Number(y);
  if (mo === undefined) return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1) };
  const month = Number(mo) - 1;
  if (d === undefined) return { start: Date.UTC(year, month, 1), end: Date.UTC(year, month + 1, 1) };
  const day = Number(d);
  if (h === undefined) return { start: Date.UTC(year, month, day), end: Date.UTC(year, month, day + 1) };
  const offsetMinutes =
    zone && zone !== 'Z'
      ? (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)))
      : 0;
  const start =
    Date.UTC(year, month, day, Number(h), Number(mi), s === undefined ? 0 : Number(s)) -
    offsetMinutes * 60_000;
  return { start, end: start + (s === undefined ? 60_000 : 1000) };
}

function referencesOf(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return [];
  const reference = (value as Reference).reference;
  return typeof reference === 'string' ? [normaliseReference(reference)] : [];
}

/** `http://host/fhir/Patient/1` and `Patient/1/_history/2` both become `Patient/1`. */
export function normaliseReference(reference: string): string {
  const withoutHistory = reference.replace(/\/_history\/[^/]+$/, '');
  const match = /([A-Z][A-Za-z]+\/[A-Za-z0-9\-.]{1,64})$/.exec(withoutHistory);
  return match?.[1] ?? withoutHistory;
}

function humanNameParts(resource: Resource): string[] {
  return list(get(resource, 'name')).flatMap((name) => {
    if (typeof name !== 'object' || name === null) return [];
    const { family, given, text, prefix, suffix } = name as Record<string, unknown>;
    return [family, text, ...list(given), ...list(prefix), ...list(suffix)].filter(
      (part): part is string => typeof part === 'string',
    );
  });
}

const field =
  (...keys: string[]): Extractor =>
  (resource) =>
    keys.flatMap((key) => list(get(resource, key)));

const tokenField =
  (...keys: string[]): Extractor =>
  (resource) =>
    keys.flatMap((key) => list(get(resource, key)));

// ── Parameter definitions ──────────────────────────────────────────────────────────────────────────

const COMMON: Record<string, SearchParamDef> = {
  _id: { type: 'token', description: 'Logical id of the resource', values: (resource) => list(resource.id) },
  _lastUpdated: {
    type: 'date',
    description: 'When the resource version last changed',
    values: (resource) => list(resource.meta?.lastUpdated),
  },
};

const patientRef = (key: string): SearchParamDef => ({
  type: 'reference',
  description: 'The patient the record is about',
  values: field(key),
  target: 'Patient',
});
const subjectRef = (key: string): SearchParamDef => ({
  type: 'reference',
  description: 'Who or what the record is about',
  values: field(key),
});

const medicationRef: SearchParamDef = {
  type: 'reference',
  description: 'The Medication resource the record points to',
  values: field('medicationReference'),
  target: 'Medication',
};

export const SEARCH_PARAMS: Record<string, Record<string, SearchParamDef>> = {
  Patient: {
    name: { type: 'string', description: 'Any part of any name', values: humanNameParts },
    family: {
      type: 'string',
      description: 'Family name',
      values: (resource) =>
        list(get(resource, 'name')).flatMap((name) => list((name as Record<string, unknown>)?.family)),
    },
    given: {
      type: 'string',
      description: 'Given name',
      values: (resource) =>
        list(get(resource, 'name')).flatMap((name) => list((name as Record<string, unknown>)?.given)),
    },
    gender: { type: 'token', description: 'Administrative gender', values: tokenField('gender') },
    birthdate: { type: 'date', description: 'Date of birth', values: field('birthDate') },
    identifier: {
      type: 'token',
      description: 'A patient identifier (e.g. MRN)',
      values: tokenField('identifier'),
    },
  },
  Observation: {
    patient: patientRef('subject'),
    subject: subjectRef('subject'),
    code: { type: 'token', description: 'What was observed (LOINC)', values: tokenField('code') },
    category: {
      type: 'token',
      description: 'Classification (laboratory, vital-signs)',
      values: tokenField('category'),
    },
    status: { type: 'token', description: 'Result status', values: tokenField('status') },
    identifier: { type: 'token', description: 'Business identifier', values: tokenField('identifier') },
    encounter: {
      type: 'reference',
      description: 'The encounter the observation was made at',
      values: field('encounter'),
      target: 'Encounter',
    },
    date: {
      type: 'date',
      description: 'Clinically relevant time',
      values: field('effectiveDateTime', 'effectivePeriod', 'effectiveInstant'),
    },
  },
  MedicationStatement: {
    patient: patientRef('subject'),
    subject: subjectRef('subject'),
    status: { type: 'token', description: 'Statement status', values: tokenField('status') },
    code: {
      type: 'token',
      description: 'Medication code (RxNorm)',
      values: tokenField('medicationCodeableConcept'),
    },
    medication: medicationRef,
    effective: {
      type: 'date',
      description: 'When taken',
      values: field('effectiveDateTime', 'effectivePeriod'),
    },
  },
  MedicationRequest: {
    patient: patientRef('subject'),
    subject: subjectRef('subject'),
    status: { type: 'token', description: 'Request status', values: tokenField('status') },
    intent: { type: 'token', description: 'order, plan, proposal…', values: tokenField('intent') },
    code: {
      type: 'token',
      description: 'Medication code (RxNorm)',
      values: tokenField('medicationCodeableConcept'),
    },
    medication: medicationRef,
    identifier: { type: 'token', description: 'Business identifier', values: tokenField('identifier') },
    authoredon: { type: 'date', description: 'When written', values: field('authoredOn') },
  },
  Condition: {
    patient: patientRef('subject'),
    subject: subjectRef('subject'),
    code: { type: 'token', description: 'Condition code (SNOMED CT, ICD-10)', values: tokenField('code') },
    'clinical-status': {
      type: 'token',
      description: 'active, resolved…',
      values: tokenField('clinicalStatus'),
    },
    category: {
      type: 'token',
      description: 'problem-list-item, encounter-diagnosis',
      values: tokenField('category'),
    },
    'onset-date': { type: 'date', description: 'Onset', values: field('onsetDateTime', 'onsetPeriod') },
  },
  AllergyIntolerance: {
    patient: patientRef('patient'),
    code: { type: 'token', description: 'Substance', values: tokenField('code') },
    'clinical-status': {
      type: 'token',
      description: 'active, inactive, resolved',
      values: tokenField('clinicalStatus'),
    },
  },
  Medication: {
    code: { type: 'token', description: 'Medication code (RxNorm)', values: tokenField('code') },
  },
  CarePlan: {
    patient: patientRef('subject'),
    subject: subjectRef('subject'),
    category: { type: 'token', description: 'Plan category', values: tokenField('category') },
    status: { type: 'token', description: 'Plan status', values: tokenField('status') },
    intent: { type: 'token', description: 'Plan intent', values: tokenField('intent') },
    identifier: { type: 'token', description: 'Business identifier', values: tokenField('identifier') },
    date: { type: 'date', description: 'Time period the plan covers', values: field('period') },
  },
  Encounter: {
    patient: patientRef('subject'),
    subject: subjectRef('subject'),
    type: {
      type: 'token',
      description: 'Kind of encounter (bacloplan follow-up visit)',
      values: tokenField('type'),
    },
    status: { type: 'token', description: 'Encounter status', values: tokenField('status') },
    identifier: { type: 'token', description: 'Business identifier', values: tokenField('identifier') },
    date: { type: 'date', description: 'When the encounter took place', values: field('period') },
  },
};

export const SUPPORTED_TYPES = Object.keys(SEARCH_PARAMS);

export function paramDef(resourceType: string, name: string): SearchParamDef | undefined {
  return COMMON[name] ?? SEARCH_PARAMS[resourceType]?.[name];
}

/** A client error the server answers with 400 and an OperationOutcome. */
export class SearchError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(message: string, status = 400, code = 'invalid') {
    super(message);
    this.status = status;
    this.code = code;
  }
}

// ── Matching ───────────────────────────────────────────────────────────────────────────────────────

/** Case-, accent- and whitespace-insensitive form for string search. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

function matchString(values: unknown[], wanted: string, modifier: string | undefined): boolean {
  const strings = values.filter((value): value is string => typeof value === 'string');
  if (modifier === 'exact') return strings.some((value) => value === wanted);
  const folded = foldText(wanted);
  if (modifier === 'contains') return strings.some((value) => foldText(value).includes(folded));
  // "Starts with" applies to the value and to each word in it ("Marie-Claire" matches "claire").
  return strings.some((value) =>
    foldText(value)
      .split(/[\s\-']+/)
      .concat(foldText(value))
      .some((part) => part.startsWith(folded)),
  );
}

function matchToken(values: unknown[], wanted: string, modifier: string | undefined): boolean {
  const tokens = values.flatMap(tokensOf);
  if (modifier === 'text') {
    const folded = foldText(wanted);
    const texts = values.flatMap(conceptTexts).concat(tokens.map((token) => token.text ?? ''));
    return texts.some((text) => foldText(text).includes(folded));
  }
  const bar = wanted.indexOf('|');
  const matches = (token: Token) => {
    if (bar === -1) return token.code === wanted;
    const system = wanted.slice(0, bar);
    const code = wanted.slice(bar + 1);
    if (system === '') return token.system === undefined && token.code === code;
    if (code === '') return token.system === system;
    return token.system === system && token.code === code;
  };
  const found = tokens.some(matches);
  return modifier === 'not' ? !found : found;
}

function matchReference(values: unknown[], wanted: string, def: SearchParamDef): boolean {
  const references = values.flatMap(referencesOf);
  const target = normaliseReference(wanted);
  if (target.includes('/')) return references.includes(target);
  // A bare id: `patient=1` means Patient/1; `subject=1` means any type with id 1.
  return references.some((reference) =>
    def.target ? reference === `${def.target}/${target}` : reference.endsWith(`/${target}`),
  );
}

const DATE_PREFIXES = ['eq', 'ne', 'gt', 'lt', 'ge', 'le', 'sa', 'eb'] as const;
type DatePrefix = (typeof DATE_PREFIXES)[number];

function parseDateValue(value: string): { prefix: DatePrefix; range: DateRange } {
  // A prefix is two letters directly before the date's digits ("ge2026-01-01").
  const prefixed = /^([a-z]{2})(?=\d)/.exec(value);
  if (prefixed && !(DATE_PREFIXES as readonly string[]).includes(prefixed[1] ?? '')) {
    throw new SearchError(`Date prefix "${prefixed[1] ?? ''}" is not supported.`, 400, 'not-supported');
  }
  const prefix = (prefixed?.[1] as DatePrefix | undefined) ?? 'eq';
  const text = prefixed ? value.slice(2) : value;
  const range = parseDateRange(text);
  if (!range) throw new SearchError(`"${text}" is not a FHIR date or dateTime.`);
  return { prefix, range };
}

function matchDate(values: unknown[], wanted: string): boolean {
  const { prefix, range: search } = parseDateValue(wanted);
  const ranges = values.flatMap(dateRangesOf);
  return ranges.some((target) => {
    switch (prefix) {
      case 'eq':
        return target.start >= search.start && target.end <= search.end;
      case 'ne':
        return !(target.start >= search.start && target.end <= search.end);
      case 'gt':
        return target.end > search.end;
      case 'lt':
        return target.start < search.start;
      case 'ge':
        return target.end > search.start;
      case 'le':
        return target.start < search.end;
      case 'sa':
        return target.start >= search.end;
      case 'eb':
        return target.end <= search.start;
    }
  });
}

const MODIFIERS: Record<ParamType, readonly string[]> = {
  string: ['exact', 'contains'],
  token: ['not', 'text'],
  reference: [],
  date: [],
};

export interface Criterion {
  name: string;
  modifier?: string;
  def: SearchParamDef;
  /** OR-ed alternatives. */
  values: string[];
}

/** Splits on commas that are not escaped (`\,` is a literal comma in FHIR search). */
function splitOr(value: string): string[] {
  return value
    .split(/(?<!\\),/)
    .map((part) => part.replace(/\\,/g, ','))
    .filter((part) => part !== '');
}

export function matches(resource: Resource, criterion: Criterion): boolean {
  const values = criterion.def.values(resource);
  return criterion.values.some((wanted) => {
    switch (criterion.def.type) {
      case 'string':
        return matchString(values, wanted, criterion.modifier);
      case 'token':
        return matchToken(values, wanted, criterion.modifier);
      case 'reference':
        return matchReference(values, wanted, criterion.def);
      case 'date':
        return matchDate(values, wanted);
    }
  });
}

// ── Parsing a search request ───────────────────────────────────────────────────────────────────────

export interface SortKey {
  name: string;
  def: SearchParamDef;
  descending: boolean;
}

/** `_include=Type:param`: the resources a reference parameter of the matches points to. */
export interface Include {
  param: string;
  def: SearchParamDef;
}

export interface ParsedSearch {
  criteria: Criterion[];
  include: Include[];
  sort: SortKey[];
  count: number;
  offset: number;
}

export const DEFAULT_COUNT = 20;
export const MAX_COUNT = 100;

/** Result parameters the server accepts and ignores (they only shape the output). */
const IGNORED = new Set(['_format', '_pretty', '_total']);

export function parseSearch(resourceType: string, params: URLSearchParams): ParsedSearch {
  if (!SEARCH_PARAMS[resourceType]) {
    throw new SearchError(
      `Resource type "${resourceType}" is not supported by this server.`,
      404,
      'not-supported',
    );
  }
  const parsed: ParsedSearch = { criteria: [], include: [], sort: [], count: DEFAULT_COUNT, offset: 0 };
  for (const [key, rawValue] of params) {
    if (IGNORED.has(key)) continue;
    if (key === '_count') {
      const count = Number(rawValue);
      if (!Number.isInteger(count) || count < 0)
        throw new SearchError(`_count must be a whole number ≥ 0; got "${rawValue}".`);
      parsed.count = Math.min(count, MAX_COUNT);
      continue;
    }
    if (key === '_offset') {
      const offset = Number(rawValue);
      if (!Number.isInteger(offset) || offset < 0)
        throw new SearchError(`_offset must be a whole number ≥ 0; got "${rawValue}".`);
      parsed.offset = offset;
      continue;
    }
    if (key === '_include') {
      const [type, param = ''] = rawValue.split(':');
      const def = type === resourceType ? paramDef(resourceType, param) : undefined;
      if (!def || def.type !== 'reference')
        throw new SearchError(`_include "${rawValue}" is not supported.`, 400, 'not-supported');
      parsed.include.push({ param, def });
      continue;
    }
    if (key === '_sort') {
      for (const item of rawValue.split(',').filter(Boolean)) {
        const descending = item.startsWith('-');
        const name = descending ? item.slice(1) : item;
        const def = paramDef(resourceType, name);
        if (!def)
          throw new SearchError(`Cannot sort ${resourceType} by "${name}": unknown search parameter.`);
        parsed.sort.push({ name, def, descending });
      }
      continue;
    }
    const [name = '', modifier] = key.split(':');
    const def = paramDef(resourceType, name);
    if (!def)
      throw new SearchError(`Unknown search parameter "${name}" for ${resourceType}.`, 400, 'not-supported');
    if (modifier !== undefined && !MODIFIERS[def.type].includes(modifier)) {
      throw new SearchError(`Modifier ":${modifier}" is not supported for "${name}".`, 400, 'not-supported');
    }
    const values = splitOr(rawValue);
    if (values.length === 0) continue; // an empty parameter is ignored, as the spec allows
    if (def.type === 'date') values.forEach(parseDateValue); // reject bad dates even when nothing is stored
    parsed.criteria.push({ name, ...(modifier ? { modifier } : {}), def, values });
  }
  return parsed;
}

function sortValue(resource: Resource, key: SortKey): string | number | undefined {
  const values = key.def.values(resource);
  if (key.def.type === 'date') {
    const starts = values.flatMap(dateRangesOf).map((range) => range.start);
    if (starts.length === 0) return undefined;
    return key.descending ? Math.max(...starts) : Math.min(...starts);
  }
  if (key.def.type === 'token') return values.flatMap(tokensOf)[0]?.code;
  if (key.def.type === 'reference') return values.flatMap(referencesOf)[0];
  const strings = values.filter((value): value is string => typeof value === 'string').map(foldText);
  return strings.sort()[0];
}

/** Sorts by each key in turn; resources without a value go last; ties keep a stable id order. */
export function sortResources<T extends Resource>(resources: T[], sort: SortKey[]): T[] {
  return [...resources].sort((a, b) => {
    for (const key of sort) {
      const left = sortValue(a, key);
      const right = sortValue(b, key);
      if (left === right) continue;
      if (left === undefined) return 1;
      if (right === undefined) return -1;
      const order = left < right ? -1 : 1;
      return key.descending ? -order : order;
    }
    return (a.id ?? '').localeCompare(b.id ?? '');
  });
}
