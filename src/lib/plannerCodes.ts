/**
 * Medications and conditions as codes, for links: what the interaction check recognised in each entry,
 * never the entry's text. A link then carries "rx:10689" rather than "Tramadol 50 mg — for his back",
 * and "sct:77386006" rather than "Pregnant, 14 weeks".
 *
 * A code is the dictionary entry an entry matched: an RxNorm ingredient where the dictionary has one
 * (else the dictionary's generic name), a SNOMED CT or ICD-10 code where one selects exactly the same
 * condition rule and variant (else the rule's id). Decoding gives an input that the rules match to the
 * same entry — a unit test checks this for every drug, condition and variant in the dictionary — so a
 * colleague opening the link gets the same findings. Entries that match nothing stay on the device.
 */
import {
  CONDITIONS,
  DRUGS,
  matchCondition,
  matchDrug,
  type ConditionInput,
  type ConditionRule,
  type ConditionVariant,
  type DrugEntry,
  type MedicationInput,
} from '../rules';

function firstOf(value: string | readonly string[] | undefined): string | undefined {
  return typeof value === 'string' ? value : value?.[0];
}

function drugCode(entry: DrugEntry): string {
  const rxcui = firstOf(entry.rxcui);
  return rxcui ? `rx:${rxcui}` : `d:${entry.generic}`;
}

export function decodeMedication(code: string): MedicationInput {
  return code.startsWith('rx:') ? { rxnorm: code.slice(3) } : code.slice(2);
}

/** The codes an entry's recognised drugs have (one per ingredient); [] when nothing is recognised. */
export function medicationCodes(input: MedicationInput): string[] {
  return matchDrug(input).map(drugCode);
}

const matchKey = (ruleId: string, variantId: string | undefined) =>
  variantId ? `${ruleId}.${variantId}` : ruleId;

function matchesExactly(input: ConditionInput, rule: ConditionRule, variant?: ConditionVariant): boolean {
  const matches = matchCondition(input);
  return matches.length === 1 && matches[0]?.rule.id === rule.id && matches[0]?.variant?.id === variant?.id;
}

interface ConditionCoding {
  code: string;
  input: ConditionInput;
}

/** A code that selects exactly this rule and variant, else the rule id with an input that does. */
function codingFor(rule: ConditionRule, variant?: ConditionVariant): ConditionCoding | undefined {
  const source = variant ?? rule;
  const codeCandidates: ConditionCoding[] = [
    ...(source.snomed ?? []).map((snomed) => ({ code: `sct:${snomed}`, input: { snomed } })),
    ...(source.icd10 ?? []).map((icd10) => ({ code: `icd:${icd10}`, input: { icd10 } })),
  ];
  const coded = codeCandidates.find((candidate) => matchesExactly(candidate.input, rule, variant));
  if (coded) return coded;
  const names = variant
    ? (variant.terms ?? []).flatMap((term) => [`${term} ${rule.label}`, `${rule.label} ${term}`])
    : [rule.label, ...rule.terms];
  const name = names.find((candidate) => matchesExactly(candidate, rule, variant));
  return name === undefined ? undefined : { code: `c:${matchKey(rule.id, variant?.id)}`, input: name };
}

let codings: Map<string, ConditionCoding> | undefined;
/** Each rule and variant's coding, keyed by rule id (and variant id), built once on first use. */
function conditionCodings(): Map<string, ConditionCoding> {
  if (codings) return codings;
  codings = new Map();
  for (const rule of CONDITIONS) {
    for (const variant of [undefined, ...(rule.variants ?? [])]) {
      const coding = codingFor(rule, variant);
      if (coding) codings.set(matchKey(rule.id, variant?.id), coding);
    }
  }
  return codings;
}

/** The codes of the conditions an entry names; [] when nothing is recognised or nothing round-trips. */
export function conditionCodes(input: ConditionInput): string[] {
  return matchCondition(input).flatMap((match) => {
    const coding = conditionCodings().get(matchKey(match.rule.id, match.variant?.id));
    return coding ? [coding.code] : [];
  });
}

/** The input a condition code stands for; undefined for a `c:` code the dictionary does not have. */
export function decodeCondition(code: string): ConditionInput | undefined {
  if (code.startsWith('sct:')) return { snomed: code.slice(4) };
  if (code.startsWith('icd:')) return { icd10: code.slice(4) };
  return [...conditionCodings().values()].find((coding) => coding.code === code)?.input;
}

/** Every drug entry's code, for the round-trip test. */
export function everyDrugCode(): { entry: DrugEntry; code: string }[] {
  return DRUGS.map((entry) => ({ entry, code: drugCode(entry) }));
}

/** Every rule and variant with its coding (or none), for the round-trip test. */
export function everyConditionCoding(): { key: string; coding: ConditionCoding | undefined }[] {
  return CONDITIONS.flatMap((rule) =>
    [undefined, ...(rule.variants ?? [])].map((variant) => ({
      key: matchKey(rule.id, variant?.id),
      coding: conditionCodings().get(matchKey(rule.id, variant?.id)),
    })),
  );
}
