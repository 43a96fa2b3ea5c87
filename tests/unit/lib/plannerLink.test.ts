import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  fromLink,
  MAX_LINK_CHARS,
  parsePlannerSearch,
  plannerLinkProps,
  toLink,
  type PlannerState,
} from '../../../src/lib/plannerLink';
import { checkInteractions, DRUGS } from '../../../src/rules';

describe('planner search params', () => {
  it('keeps valid values and names every invalid one instead of guessing', () => {
    const parsed = parsePlannerSearch({
      age: 60,
      sex: 'male',
      weightKg: 'eighty',
      scr: Number.NaN,
      scrUnit: 'mmol/L',
      start: '2026-12-01',
      medCodes: ['rx:6813', 'd:Xanax 0.5 mg'],
      condCodes: ['sct:84757009'],
    });
    expect(parsed).toMatchObject({ age: 60, sex: 'male', start: '2026-12-01' });
    expect(parsed.condCodes).toEqual(['sct:84757009']);
    expect(parsed.invalidFields?.sort()).toEqual(['medCodes', 'scr', 'scrUnit', 'weightKg']);
    expect(parsed).not.toHaveProperty('weightKg');
  });

  it('accepts only FHIR-id-shaped patient ids (no names in links)', () => {
    expect(parsePlannerSearch({ patient: 'demo-01' }).patient).toBe('demo-01');
    expect(parsePlannerSearch({ patient: 'Claire Martin' }).invalidFields).toEqual(['patient']);
  });

  it('keeps regimen edits only when every key is known and of its type (ranges are the rules module’s)', () => {
    const ok = { stepMgPerDay: 5, splitWeights: [1, 1, 2], taperParams: { mode: 'percent', percent: 10 } };
    expect(parsePlannerSearch({ params: ok }).params).toEqual(ok);
    for (const params of [
      { splitWeights: 5 },
      { splitLabels: ['morning', 'evening'] },
      { taperParams: { mode: 'linear' } },
      { taperParams: 3 },
      { dosesPerDay: 5 },
      { stepMgPerDay: '10' },
      { capMgperDay: 80 },
    ]) {
      const parsed = parsePlannerSearch({ params });
      expect(parsed.params).toBeUndefined();
      expect(parsed.invalidFields).toEqual(['params']);
    }
  });

  it('never throws and never returns a non-finite number, whatever the link holds', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom('age', 'scr', 'meds', 'params', 'override', '__proto__'),
          fc.anything(),
        ),
        (raw) => {
          const parsed = parsePlannerSearch(raw);
          for (const key of ['age', 'scr'] as const) {
            const value = parsed[key];
            if (value !== undefined) expect(Number.isFinite(value)).toBe(true);
          }
          expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

/** The address a navigation to these search params would have (JSON per key, as the router writes it). */
function address(search: Record<string, unknown>): string {
  const query = Object.entries(search)
    .map(([key, value]) => `${key}=${encodeURIComponent(JSON.stringify(value))}`)
    .join('&');
  return `https://clinic.example.org/planner?${query}`;
}

const CHART_STATE: PlannerState = {
  patient: 'demo-03',
  age: 71,
  sex: 'female',
  weightKg: 62,
  scr: 1.4,
  scrUnit: 'mg/dL',
  meds: [
    { name: 'Tramadol 50 mg tablet — for her back', rxnorm: '835603' },
    'zolpidem 10 mg at night',
    'grandmother’s herbal tea',
  ],
  conds: [{ name: 'Pregnant, 14 weeks', snomed: '77386006' }, 'suicidal ideation', 'Claire Martin note'],
  override: 'Nephrologist agreed on 2026-11-30 by phone',
  acks: [{ ruleId: 'condition.pregnancy', reason: 'Discussed with obstetrics today' }],
  params: { dosesPerDay: 3, splitWeights: [1, 1, 2], splitLabels: ['breakfast', 'lunch', 'Claire'] },
};

describe('planner links carry codes, never names, free text or decisions', () => {
  it('a chart state becomes a link with codes only; the rest stays on the device', () => {
    const { search, device } = toLink(CHART_STATE);
    const url = address(search);
    for (const text of [
      'Tramadol',
      'zolpidem',
      'tea',
      'Pregnant',
      'suicidal',
      'Claire',
      'Nephrologist',
      'obstetrics',
    ]) {
      expect(url).not.toContain(encodeURIComponent(text).slice(0, 6));
    }
    expect(search).not.toHaveProperty('override');
    expect(search).not.toHaveProperty('acks');
    expect(search.uncoded).toBe(2);
    expect(device.override).toBe(CHART_STATE.override);
    expect(device.splitLabels).toEqual(['breakfast', 'lunch', 'Claire']);
  });

  it('the same device gets its state back exactly; a colleague gets the same findings and a count', () => {
    const { search, device } = toLink(CHART_STATE);
    const link = parsePlannerSearch(JSON.parse(JSON.stringify(search)) as Record<string, unknown>);
    expect(fromLink(link, device)).toEqual({ state: CHART_STATE, notInLink: 0 });
    const colleague = fromLink(link, undefined);
    expect(colleague.notInLink).toBe(2);
    expect(colleague.state).not.toHaveProperty('override');
    const findingIds = (state: PlannerState) =>
      checkInteractions(state.meds ?? [], state.conds ?? [])
        .findings.map((finding) => `${finding.ruleId}|${finding.severity}`)
        .sort();
    expect(findingIds(colleague.state)).toEqual(findingIds(CHART_STATE));
  });

  it('a link refuses overrides, acknowledgements and free-text lists, and says so', () => {
    const parsed = parsePlannerSearch({
      age: 60,
      override: 'x'.repeat(20),
      acks: [{ ruleId: 'a', reason: 'b' }],
      meds: ['tramadol'],
    });
    expect(parsed.refusedFields).toEqual(['override', 'acks', 'meds']);
    expect(parsed).not.toHaveProperty('override');
  });

  it('stays under 2,000 characters whatever the chart holds, and counts what it left out', () => {
    const everyDrug = DRUGS.map((entry) => ({ name: `${entry.generic} 10 mg tablet`, rxnorm: '' }));
    const state: PlannerState = { ...CHART_STATE, meds: [...everyDrug, ...everyDrug] };
    const { search } = plannerLinkProps(state);
    expect(address(search).length).toBeLessThan(MAX_LINK_CHARS + 40);
    expect(address(search).length).toBeLessThan(2000);
    expect((search.uncoded ?? 0) + (search.medCodes?.length ?? 0)).toBeGreaterThan(0);
    const { notInLink, state: back } = fromLink(search, undefined);
    expect(notInLink + (back.meds?.length ?? 0)).toBeGreaterThanOrEqual(everyDrug.length);
  });
});
