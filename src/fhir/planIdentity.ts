/**
 * A plan's identity: the same plan for the same patient always gets the same id, so saving it again
 * writes nothing (every resource is created `ifNoneExist` on this id) and the page can say "already on
 * the chart". The id is a SHA-256 of what the plan is — the patient, the ruleset, the plan's input and
 * its days, and the fill length — shaped as a UUID (version 8: custom). Anything that changes a dose changes the id.
 */
import type { SavePlanArgs } from './plans';

/** JSON with object keys sorted, so two equal values always give the same text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonical(entry)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function asUuid(bytes: Uint8Array): string {
  const hex = Array.from(bytes.slice(0, 16), (byte) => byte.toString(16).padStart(2, '0')).join('');
  // Version 8 (custom) and the RFC 9562 variant, so it is a well-formed UUID.
  const version = `8${hex.slice(13, 16)}`;
  const variant = `${((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}`;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${version}-${variant}-${hex.slice(20, 32)}`;
}

export async function planIdentity(
  patientId: string,
  args: Pick<SavePlanArgs, 'plan' | 'input' | 'fillDays'>,
) {
  const { explain: _explain, ...renal } = args.input.renal ?? {};
  const content = canonical({
    patientId,
    rulesetVersion: args.plan.rulesetVersion,
    input: { ...args.input, renal },
    days: args.plan.days,
    // Another fill length is another quantity to dispense: another version. (Who signs is not.)
    fillDays: args.fillDays,
  });
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(content));
  return asUuid(new Uint8Array(digest));
}
