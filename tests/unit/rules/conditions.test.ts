/**
 * Conditions and cautions (clinical spec §7). Expected severities are copied from the spec's table
 * here, independently of src/rules/data/conditions.ts, so a wrong row in the data fails a test.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ALCOHOL_RULE_ID,
  CONDITIONS,
  checkInteractions,
  checkInteractionsDetailed,
  matchCondition,
} from '../../../src/rules/interactions';
import { severityRank } from '../../../src/rules/severity';
import { SOURCES } from '../../../src/rules/sources';
import type { ConditionInput, Finding, Severity } from '../../../src/rules/types';

/** Every result carries the alcohol row since ruleset 1.2 (spec §6); condition tests leave it out. */
const withoutAlcohol = (findings: Finding[]) => findings.filter((f) => f.ruleId !== ALCOHOL_RULE_ID);

function conditionFindings(conditions: ConditionInput[]): Finding[] {
  return withoutAlcohol(checkInteractions([], conditions).findings);
}

function single(condition: ConditionInput): Finding | undefined {
  const findings = conditionFindings([condition]);
  expect(findings, JSON.stringify(condition)).toHaveLength(1);
  return findings[0];
}

/** §7, row by row, as names a prescriber types and codes a chart carries. */
const SPEC_TABLE: { row: string; ruleId: string; severity: Severity; inputs: ConditionInput[] }[] = [
  // epilepsy / seizure history — major (uncontrolled: contraindicated)
  {
    row: 'epilepsy / seizure history',
    ruleId: 'condition.epilepsy',
    severity: 'major',
    inputs: [
      'epilepsy',
      'Seizure history',
      'history of alcohol withdrawal seizures',
      'Épilepsie',
      'epilepsy, well controlled on levetiracetam',
      { snomed: '84757009' },
      { icd10: 'G40.909' },
      { icd10: 'G40.1' },
      { name: 'Epilepsy', icd10: 'G40.309' },
    ],
  },
  {
    row: 'epilepsy — uncontrolled',
    ruleId: 'condition.epilepsy',
    severity: 'contraindicated',
    inputs: [
      'uncontrolled epilepsy',
      'Epilepsy, uncontrolled',
      'intractable seizures',
      'refractory epilepsy',
      'non-controlled epilepsy',
      { icd10: 'G40.919' },
      { icd10: 'G40.311' },
      { icd10: 'G40.A19' },
      { icd10: 'G40.813' },
      { name: 'Epilepsy, intractable', icd10: 'G40.909' },
    ],
  },
  // schizophrenia, bipolar disorder, severe depression — contraindicated (RTU) / major
  {
    row: 'schizophrenia',
    ruleId: 'condition.schizophrenia',
    severity: 'contraindicated',
    inputs: ['schizophrenia', 'Schizophrénie paranoïde', { icd10: 'F20.0' }, { snomed: '58214004' }],
  },
  {
    row: 'bipolar disorder',
    ruleId: 'condition.bipolar-disorder',
    severity: 'contraindicated',
    inputs: [
      'bipolar disorder',
      'Bipolar I disorder',
      'manic depression',
      'trouble bipolaire',
      { icd10: 'F31.4' },
      { snomed: '13746004' },
    ],
  },
  {
    row: 'severe depression',
    ruleId: 'condition.depression',
    severity: 'major',
    inputs: [
      'severe depression',
      'major depressive disorder, severe, with psychotic features',
      'dépression sévère',
      { icd10: 'F32.2' },
      { icd10: 'F33.3' },
      { name: 'Depression', icd10: 'F32.9' },
    ],
  },
  // suicidal ideation or attempt — major
  {
    row: 'suicidal ideation or attempt',
    ruleId: 'condition.suicidality',
    severity: 'major',
    inputs: [
      'suicidal ideation',
      'previous suicide attempt',
      'tentative de suicide',
      { icd10: 'R45.851' },
      { icd10: 'X61' },
    ],
  },
  // pregnancy, breastfeeding, childbearing potential without contraception — contraindicated (RTU) / major
  {
    row: 'pregnancy',
    ruleId: 'condition.pregnancy',
    severity: 'contraindicated',
    inputs: [
      'pregnancy',
      'Pregnant, 12 weeks',
      'grossesse',
      { icd10: 'Z33.1' },
      { icd10: 'O09.90' },
      { snomed: '77386006' },
    ],
  },
  {
    row: 'breastfeeding',
    ruleId: 'condition.breastfeeding',
    severity: 'contraindicated',
    inputs: ['breastfeeding', 'breast-feeding', 'allaitement', { icd10: 'Z39.1' }],
  },
  {
    row: 'childbearing potential without contraception',
    ruleId: 'condition.childbearing-no-contraception',
    severity: 'major',
    inputs: [
      'childbearing potential without contraception',
      'woman of childbearing age, not on contraception',
      'WOCBP',
    ],
  },
  // sleep apnoea / respiratory impairment — major
  {
    row: 'sleep apnoea / respiratory impairment',
    ruleId: 'condition.sleep-apnoea-respiratory',
    severity: 'major',
    inputs: [
      'sleep apnoea',
      'obstructive sleep apnea on CPAP',
      'respiratory impairment',
      'COPD',
      { icd10: 'G47.33' },
      { icd10: 'J44.9' },
      { snomed: '73430006' },
    ],
  },
  // liver disease / cirrhosis — compatible (note)
  {
    row: 'liver disease / cirrhosis',
    ruleId: 'condition.liver-disease',
    severity: 'compatible',
    inputs: [
      'cirrhosis',
      'alcohol-related liver disease',
      'Cirrhose Child B',
      { icd10: 'K70.30' },
      { icd10: 'K74.60' },
    ],
  },
  // diabetes — minor
  {
    row: 'diabetes',
    ruleId: 'condition.diabetes',
    severity: 'minor',
    inputs: [
      'diabetes',
      'type 2 diabetes mellitus',
      'non-insulin-dependent diabetes',
      'Diabète',
      { icd10: 'E11.9' },
    ],
  },
  // peptic ulcer — minor
  {
    row: 'peptic ulcer',
    ruleId: 'condition.peptic-ulcer',
    severity: 'minor',
    inputs: ['peptic ulcer', 'duodenal ulcer 2019', { icd10: 'K25.9' }, { icd10: 'K27' }],
  },
  // stroke history — moderate
  {
    row: 'stroke history',
    ruleId: 'condition.stroke',
    severity: 'moderate',
    inputs: [
      'stroke history',
      'previous CVA',
      'AVC ischémique 2021',
      { icd10: 'I63.9' },
      { icd10: 'I69.3' },
      { icd10: 'Z86.73' },
    ],
  },
  // driving / machinery — info
  {
    row: 'driving / machinery',
    ruleId: 'condition.driving',
    severity: 'info',
    inputs: ['driving', 'professional driver', 'operates heavy machinery'],
  },
  // hypersensitivity to baclofen — contraindicated
  {
    row: 'hypersensitivity to baclofen',
    ruleId: 'condition.baclofen-hypersensitivity',
    severity: 'contraindicated',
    inputs: [
      'hypersensitivity to baclofen',
      'baclofen allergy',
      'allergic to Lioresal',
      'allergie au baclofène',
      'Allergies: Lioresal (rash)',
    ],
  },
];

describe('§7 table: every row gives the spec severity', () => {
  for (const { row, ruleId, severity, inputs } of SPEC_TABLE) {
    for (const input of inputs) {
      it(`${row}: ${JSON.stringify(input)} → ${severity}`, () => {
        const finding = single(input);
        expect(finding).toMatchObject({ ruleId, severity });
        expect(finding?.sources.length).toBeGreaterThan(0);
      });
    }
  }

  it('age ≥ 65 (spec: major with eGFR < 60) is left to the renal check; here an info pointer', () => {
    for (const input of ['elderly', 'age ≥ 65', 'aged 72', '78 years old', 'over 65', 'age 65+']) {
      const finding = single(input);
      expect(finding).toMatchObject({ ruleId: 'condition.age-65', severity: 'info' });
      expect(finding?.detail).toMatch(/renal check/);
      expect(finding?.sources).toContain('beers-2023');
    }
    expect(checkInteractions([], ['aged 50']).unrecognized).toEqual(['aged 50']);
  });

  it('liver disease carries the cirrhosis-trial note and sources', () => {
    const finding = single('cirrhosis');
    expect(finding?.detail).toMatch(/cirrhosis/);
    expect(finding?.sources).toEqual(expect.arrayContaining(['addolorato-2007', 'morley-2018']));
    expect(finding?.evidence).toBe('trial');
  });

  it('psychiatric rows explain RTU and limited dispensing', () => {
    expect(single('schizophrenia')?.detail).toMatch(/RTU/);
    expect(single('bipolar disorder')?.action).toMatch(/limit the quantities dispensed/i);
    expect(single('severe depression')?.detail).toMatch(/severe depression is a major caution/i);
  });
});

describe('bacloplan defaults around §7 (documented in data/conditions.ts)', () => {
  it('depression of unstated severity is treated as severe (major), labelled a default', () => {
    expect(single('depression')).toMatchObject({ severity: 'major', evidence: 'default' });
  });

  it('mild or moderate depression or remission → moderate, labelled a default', () => {
    for (const input of ['mild depression', 'moderate depressive episode', { icd10: 'F33.4' }]) {
      expect(single(input)).toMatchObject({
        ruleId: 'condition.depression',
        severity: 'moderate',
        evidence: 'default',
      });
    }
  });

  it('"moderate to severe" depression counts as severe', () => {
    expect(single('moderate to severe depression')).toMatchObject({
      severity: 'major',
      evidence: 'guideline',
    });
  });

  it('childbearing potential with contraception recorded → info reminder', () => {
    expect(single('childbearing potential, on contraception (IUD)')).toMatchObject({
      ruleId: 'condition.childbearing-no-contraception',
      severity: 'info',
    });
  });
});

describe('condition matching', () => {
  it('negated terms are not taken as present', () => {
    const result = checkInteractions(
      [],
      ['not pregnant', 'no history of epilepsy', 'not currently pregnant'],
    );
    expect(withoutAlcohol(result.findings)).toEqual([]);
    expect(result.unrecognized).toEqual(['not pregnant', 'no history of epilepsy', 'not currently pregnant']);
  });

  it('a negation stops at the clause: "not pregnant, breastfeeding" is breastfeeding', () => {
    expect(conditionFindings(['not pregnant, breastfeeding']).map((f) => f.ruleId)).toEqual([
      'condition.breastfeeding',
    ]);
  });

  it('look-alikes do not match: diabetes insipidus, respiratory depression, leg ulcer, allergy to penicillin', () => {
    const inputs = ['diabetes insipidus', 'respiratory depression', 'leg ulcer', 'allergy to penicillin'];
    const result = checkInteractions([], inputs);
    expect(withoutAlcohol(result.findings)).toEqual([]);
    expect(result.unrecognized).toEqual(inputs);
  });

  it('one entry can name several conditions', () => {
    const ids = conditionFindings(['epilepsy and type 2 diabetes']).map((f) => f.ruleId);
    expect(ids.sort()).toEqual(['condition.diabetes', 'condition.epilepsy']);
  });

  it('a recognised code wins over the name; an unknown code falls back to the name', () => {
    expect(matchCondition({ name: 'something', icd10: 'E11.9' }).map((m) => m.rule.id)).toEqual(['diabetes']);
    expect(matchCondition({ name: 'cirrhosis', icd10: 'Q99.9' }).map((m) => m.rule.id)).toEqual([
      'liver-disease',
    ]);
    expect(matchCondition({ name: 'cirrhosis', snomed: '1' }).map((m) => m.rule.id)).toEqual([
      'liver-disease',
    ]);
  });

  it('ICD-10 matches by prefix, with or without the dot, any case', () => {
    for (const icd10 of ['K74.6', 'K746', 'k74.60', ' K74.69 ']) {
      expect(matchCondition({ icd10 }).map((m) => m.rule.id)).toEqual(['liver-disease']);
    }
    expect(matchCondition({ icd10: 'K80.2' })).toEqual([]);
  });

  it('unrecognised conditions are reported as entered (codes as "ICD-10 …")', () => {
    const detailed = checkInteractionsDetailed(
      [],
      ['ingrown toenail', '', { icd10: 'L60.0' }, { name: '  ' }],
    );
    expect(detailed.unrecognizedConditions).toEqual(['ingrown toenail', 'ICD-10 L60.0']);
    expect(withoutAlcohol(detailed.findings)).toEqual([]);
  });

  it('epilepsy plus uncontrolled epilepsy → one finding, the more serious', () => {
    const findings = conditionFindings(['epilepsy', 'uncontrolled epilepsy', { icd10: 'G40.909' }]);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBe('contraindicated');
  });

  it('conditions and medications are sorted together, most serious first', () => {
    const findings = withoutAlcohol(
      checkInteractions(['sertraline', 'oxycodone'], ['driving', 'pregnant', 'cirrhosis']).findings,
    );
    expect(findings.map((f) => f.severity)).toEqual([
      'contraindicated',
      'major',
      'minor',
      'info',
      'compatible',
    ]);
  });
});

describe('condition data integrity', () => {
  it('every rule and variant cites known sources', () => {
    for (const rule of CONDITIONS) {
      for (const key of [...rule.sources, ...(rule.variants ?? []).flatMap((v) => v.sources)]) {
        expect(SOURCES[key], `${rule.id}: ${key}`).toBeDefined();
      }
    }
  });

  it('ICD-10 prefixes are written without a dot, upper case; SNOMED ids are numeric', () => {
    for (const rule of CONDITIONS) {
      for (const code of [...(rule.icd10 ?? []), ...(rule.variants ?? []).flatMap((v) => v.icd10 ?? [])]) {
        expect(code).toMatch(/^[A-Z][0-9A-Z]+$/);
      }
      for (const code of rule.snomed ?? []) expect(code).toMatch(/^\d{6,18}$/);
    }
  });

  it('every label and term, entered alone, matches its own rule and only it (they feed the type-ahead)', () => {
    for (const rule of CONDITIONS) {
      for (const term of [rule.label, ...rule.terms]) {
        expect(
          matchCondition(term).map((m) => m.rule.id),
          term,
        ).toEqual([rule.id]);
      }
    }
  });

  it('an allergy word alone, or an allergy to something else, is not baclofen hypersensitivity', () => {
    expect(matchCondition('allergy')).toEqual([]);
    expect(matchCondition('no known allergies; baclofen')).toEqual([]);
  });

  it('no SNOMED id belongs to two rules', () => {
    const codes = CONDITIONS.flatMap((r) => r.snomed ?? []);
    expect(new Set(codes).size).toBe(codes.length);
  });
});

describe('properties', () => {
  const POOL: ConditionInput[] = [
    ...SPEC_TABLE.flatMap((r) => r.inputs),
    'elderly',
    'depression',
    'mild depression',
    'ingrown toenail',
    'not pregnant',
    '',
  ];
  const condition = fc.oneof(fc.constantFrom(...POOL), fc.string({ maxLength: 20 }));
  const conditions = fc.array(condition, { maxLength: 6 });
  const key = (f: Finding) => `${f.ruleId}|${f.subject ?? ''}`;

  it('adding a condition never removes a finding or lowers its severity', () => {
    fc.assert(
      fc.property(conditions, condition, (list, extra) => {
        const after = new Map(conditionFindings([...list, extra]).map((f) => [key(f), f.severity]));
        for (const f of conditionFindings(list)) {
          const later = after.get(key(f));
          expect(later, key(f)).toBeDefined();
          expect(severityRank(later as Severity)).toBeLessThanOrEqual(severityRank(f.severity));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('output is sorted and every finding is sourced and evidenced', () => {
    fc.assert(
      fc.property(conditions, (list) => {
        const findings = conditionFindings(list);
        const ranks = findings.map((f) => severityRank(f.severity));
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        for (const f of findings) {
          expect(f.sources.length).toBeGreaterThan(0);
          expect(['trial', 'label', 'guideline', 'pk-study', 'default']).toContain(f.evidence);
        }
      }),
      { numRuns: 500 },
    );
  });
});
