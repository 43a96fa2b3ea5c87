/**
 * Medplum's in-memory repository evaluates a search parameter's whole FHIRPath expression on every
 * resource it scans, and re-parses it on every comparison when sorting. R4's shared parameters (`code`,
 * `date`, `patient` …) are unions over twenty or more resource types, so a patient-list search of 20
 * subjects × 12 LOINC codes sorted by date took 4.7 s on the demo cohort with the Synthea patients,
 * and the list's second page waited behind it (the CI failure of stop 27). A real server indexes these;
 * here each resource type gets the terms of the union that start with its own name, which select exactly
 * what the whole union selects on that type (the other terms start with another type and yield nothing).
 * The same search then takes about 0.2 s.
 */
import { globalSchema } from '@medplum/core';

/** The top-level `|` terms of a FHIRPath expression (parentheses and quoted strings kept whole). */
export function unionTerms(expression: string): string[] {
  const terms: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < expression.length; i++) {
    const char = expression[i];
    if (char === "'") quoted = !quoted;
    else if (quoted) continue;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) {
      terms.push(expression.slice(start, i).trim());
      start = i + 1;
    }
  }
  terms.push(expression.slice(start).trim());
  return terms;
}

/** The resource type a term starts from (`Observation.code`, `(DeviceRequest.code as CodeableConcept)`). */
function leadingType(term: string): string | undefined {
  return /^\(?\s*([A-Z][A-Za-z]+)\./.exec(term)?.[1];
}

/**
 * The expression narrowed to `resourceType`'s own terms, or the expression unchanged when any term does
 * not start from a resource type (then narrowing could change what it selects).
 */
export function ownTerms(expression: string, resourceType: string): string {
  const terms = unionTerms(expression);
  const leads = terms.map(leadingType);
  if (leads.some((lead) => lead === undefined || !globalSchema.types[lead])) return expression;
  const own = terms.filter((_, index) => leads[index] === resourceType);
  return own.length > 0 ? own.join(' | ') : expression;
}

/** Narrows every indexed search parameter, per resource type (each type gets its own copy). */
export function narrowSearchExpressions(): void {
  for (const [resourceType, schema] of Object.entries(globalSchema.types)) {
    const params = schema.searchParams;
    if (!params) continue;
    for (const [code, param] of Object.entries(params)) {
      if (!param.expression) continue;
      const narrowed = ownTerms(param.expression, resourceType);
      if (narrowed !== param.expression) params[code] = { ...param, expression: narrowed };
    }
  }
}
