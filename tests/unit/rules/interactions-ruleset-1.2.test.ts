/**
 * Ruleset 1.2 of the interaction and condition check (clinical spec §6 second table and its last
 * paragraphs, §7 last rows, §2.4 "Chart says more than the form"), plus the linear-time matching with
 * the 2,000-character cut. Expected values are written out from the spec here, not read from the data.
 */
import { describe, expect, it } from 'vitest';
import {
  ALCOHOL_RULE_ID,
  CNS_COMBINATION_RULE_ID,
  CONDITION_TEXT_TRUNCATED_RULE_ID,
  INDICATION_RULE_ID,
  MAX_MATCH_CHARS,
  MEDICATION_TEXT_TRUNCATED_RULE_ID,
  checkInteractions,
  checkInteractionsDetailed,
  isIndicationFinding,
  matchDrug,
  searchDrugs,
} from '../../../src/rules/interactions';
import { RulesInputError } from '../../../src/rules/errors';
import { SOURCES } from '../../../src/rules/sources';
import type { ConditionInput, Finding, MedicationInput } from '../../../src/rules/types';

const byRule = (findings: readonly Finding[], ruleId: string) => findings.filter((f) => f.ruleId === ruleId);
const subjects = (findings: readonly Finding[]) => findings.map((f) => f.subject);

function inputError(fn: () => unknown): RulesInputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof RulesInputError) return error;
    throw error;
  }
  throw new Error('expected a RulesInputError');
}

describe('linear matching: entries are cut at 2,000 characters, and the cut is said (bacloplan default)', () => {
  // 300 KB: a drug named early, one named after the cut, and filler that repeats a drug name many
  // times (the case that made the old matcher quadratic: 16 s for one pasted page).
  const EARLY = 'Xanax 0.5 mg at night. ';
  const FILLER = 'Xanax 0.5 mg Xanax notes from the previous admission, unchanged. ';
  const prefix = EARLY + FILLER.repeat(Math.ceil(MAX_MATCH_CHARS / FILLER.length));
  const PAGE = `${prefix} oxycodone 10 mg ${'lorem ipsum dolor sit amet '.repeat(12_000)}`.slice(0, 300_000);

  it('the cut is at 2,000 characters', () => {
    expect(MAX_MATCH_CHARS).toBe(2000);
    expect(PAGE.length).toBe(300_000);
    expect(PAGE.indexOf('oxycodone')).toBeGreaterThan(2000);
  });

  it('a 300 KB medication text: the early drug is matched, the late one is reported as cut', () => {
    const result = checkInteractionsDetailed([PAGE]);
    expect(subjects(result.findings)).toContain('alprazolam');
    expect(subjects(result.findings)).not.toContain('oxycodone');
    const [cut, ...more] = byRule(result.findings, MEDICATION_TEXT_TRUNCATED_RULE_ID);
    expect(more).toEqual([]);
    expect(cut).toMatchObject({ severity: 'info', evidence: 'default', sources: ['bacloplan-default'] });
    // Named by the entry, shortened (120 characters and an ellipsis), never the whole page.
    expect(cut?.subject).toBe(`${PAGE.slice(0, 120)}…`);
    expect(cut?.detail).toContain('300,000 characters long');
    expect(cut?.detail).toContain('Only the first 2,000 were checked');
    expect(cut?.detail).toContain('the other 298,000 were not read');
    expect(cut?.detail.length).toBeLessThan(600);
    expect(result.medications).toEqual([
      {
        input: `${PAGE.slice(0, 120)}…`,
        generics: ['alprazolam'],
        matchedBy: 'name',
        truncatedChars: 298_000,
      },
    ]);
    expect(result.unrecognizedMedications).toEqual([]);
  });

  it('a 300 KB text with no drug in its first 2,000 characters is "not checked" and cut', () => {
    const page = `${'notes '.repeat(400)}Xanax ${'x'.repeat(297_000)}`;
    const result = checkInteractions([page]);
    expect(result.unrecognized).toEqual([`${page.slice(0, 120)}…`]);
    expect(byRule(result.findings, MEDICATION_TEXT_TRUNCATED_RULE_ID)).toHaveLength(1);
    expect(subjects(result.findings)).not.toContain('alprazolam');
  });

  it('2,000 characters are read whole; 2,001 are cut by one', () => {
    const exactly = `${'a'.repeat(MAX_MATCH_CHARS - 6)} Xanax`;
    expect(exactly.length).toBe(2000);
    const whole = checkInteractions([exactly]).findings;
    expect(subjects(whole)).toContain('alprazolam');
    expect(byRule(whole, MEDICATION_TEXT_TRUNCATED_RULE_ID)).toEqual([]);

    const oneMore = `${exactly}x`;
    const cut = checkInteractions([oneMore]).findings;
    // "Xanaxx" is not read as Xanax: the word is cut after "Xanax", and the last character is not read.
    expect(subjects(cut)).toContain('alprazolam');
    expect(byRule(cut, MEDICATION_TEXT_TRUNCATED_RULE_ID)[0]?.detail).toContain('the other 1 were not read');
  });

  it('a drug name cut in the middle is not matched (and the cut is reported)', () => {
    const text = `${'a'.repeat(MAX_MATCH_CHARS - 3)} Xanax`;
    const result = checkInteractions([text]);
    expect(subjects(result.findings)).not.toContain('alprazolam');
    expect(byRule(result.findings, MEDICATION_TEXT_TRUNCATED_RULE_ID)).toHaveLength(1);
  });

  it('never splits a surrogate pair at the cut', () => {
    const text = `${'a'.repeat(MAX_MATCH_CHARS - 1)}😀 Xanax`;
    const result = checkInteractions([text]);
    const cut = byRule(result.findings, MEDICATION_TEXT_TRUNCATED_RULE_ID)[0];
    // 2,007 UTF-16 units; the emoji's pair starts at unit 1,999, so the cut is before it.
    expect(cut?.detail).toContain('is 2,007 characters long. Only the first 1,999 were checked');
    expect(cut?.detail).toContain('the other 8 were not read');
    expect(JSON.stringify(result)).not.toMatch(/\\ud83d(?!\\ude00)/i);
  });

  it('white space up to the cut does not make an entry empty: it is reported, not dropped', () => {
    const result = checkInteractions([`${' '.repeat(2500)}Xanax`]);
    expect(result.unrecognized).toHaveLength(1);
    expect(byRule(result.findings, MEDICATION_TEXT_TRUNCATED_RULE_ID)).toHaveLength(1);
  });

  it('a known RxNorm code decides: the long name is not read, so nothing is said about cutting it', () => {
    const result = checkInteractions([{ name: PAGE, rxnorm: '7804' }]);
    expect(subjects(result.findings)).toContain('oxycodone');
    expect(subjects(result.findings)).not.toContain('alprazolam');
    expect(byRule(result.findings, MEDICATION_TEXT_TRUNCATED_RULE_ID)).toEqual([]);
  });

  it('matchDrug reads the first 2,000 characters too', () => {
    expect(matchDrug(PAGE).map((d) => d.generic)).toEqual(['alprazolam']);
  });

  it('many repeats of a drug name give one finding', () => {
    const result = checkInteractions(['Xanax '.repeat(50_000)]);
    expect(byRule(result.findings, 'interaction.benzodiazepines')).toHaveLength(1);
  });

  it('conditions: a 300 KB entry is matched on its start, with condition.text-truncated', () => {
    const page = `epilepsy since 2010. ${'seen in clinic, stable. '.repeat(100)} pregnant ${'x '.repeat(151_000)}`;
    expect(page.length).toBeGreaterThan(300_000);
    expect(page.indexOf('pregnant')).toBeGreaterThan(2000);
    const result = checkInteractionsDetailed([], [page]);
    const ids = result.findings.map((f) => f.ruleId);
    expect(ids).toContain('condition.epilepsy');
    expect(ids).not.toContain('condition.pregnancy');
    expect(byRule(result.findings, CONDITION_TEXT_TRUNCATED_RULE_ID)[0]).toMatchObject({
      severity: 'info',
      evidence: 'default',
      subject: `${page.slice(0, 120)}…`,
    });
    expect(result.conditions[0]?.truncatedChars).toBe(page.length - 2000);
  });

  it('a 300 KB condition entry of spaces and "age >" stays fast and is still read (no regex backtracking)', () => {
    const page = `age >${' '.repeat(299_990)}70`;
    const result = checkInteractions([], [page]);
    expect(byRule(result.findings, CONDITION_TEXT_TRUNCATED_RULE_ID)).toHaveLength(1);
  });

  it('a type-ahead query of 300 KB suggests nothing and does not stall', () => {
    expect(searchDrugs('x'.repeat(300_000))).toEqual([]);
  });
});

describe('§6 ruleset 1.2: new rows', () => {
  const single = (drug: MedicationInput) =>
    checkInteractions([drug]).findings.filter((f) => f.ruleId !== ALCOHOL_RULE_ID);

  it('antiepileptics: moderate, additive CNS depression, never stop the antiepileptic (label)', () => {
    for (const drug of [
      'carbamazepine',
      'valproate',
      'levetiracetam',
      'lamotrigine',
      'phenytoin',
      'lacosamide',
      'oxcarbazepine',
    ]) {
      const [finding, ...rest] = single(drug);
      expect(rest).toEqual([]);
      expect(finding).toMatchObject({
        ruleId: 'interaction.antiepileptics',
        severity: 'moderate',
        subject: drug,
        evidence: 'label',
      });
      expect(finding?.detail).toMatch(/additive CNS depression/i);
      expect(finding?.detail).toMatch(/seizure history/i);
      expect(finding?.action).toMatch(/monitor for sedation/i);
      expect(finding?.action).toMatch(/never stop the antiepileptic/i);
    }
  });

  it('valproate by its other names', () => {
    for (const name of ['valproic acid', 'sodium valproate', 'divalproex sodium', 'Depakote 500 mg']) {
      expect(matchDrug(name).map((d) => d.generic)).toEqual(['valproate']);
    }
  });

  it('bupropion: moderate, seizure threshold, avoid abrupt baclofen changes (bupropion SmPC)', () => {
    const [finding] = single('bupropion 150 mg');
    expect(finding).toMatchObject({
      ruleId: 'interaction.bupropion',
      severity: 'moderate',
      evidence: 'label',
      sources: ['bupropion-smpc'],
    });
    expect(finding?.detail).toMatch(/seizure threshold/i);
    expect(finding?.action).toMatch(/avoid abrupt baclofen changes/i);
  });

  it('SNRIs: minor, drowsiness, monitor', () => {
    for (const drug of ['venlafaxine', 'duloxetine']) {
      const [finding] = single(drug);
      expect(finding).toMatchObject({ ruleId: 'interaction.snris', severity: 'minor', evidence: 'label' });
      expect(finding?.detail).toMatch(/drowsiness/i);
      expect(finding?.action).toMatch(/monitor/i);
    }
  });

  it('every new row cites sources that resolve', () => {
    const findings = checkInteractions(
      ['carbamazepine', 'bupropion', 'venlafaxine', 'oxycodone', 'naltrexone', 'acamprosate'],
      [],
      { crclMlMin: 20 },
    ).findings;
    for (const f of findings) {
      expect(f.sources.length).toBeGreaterThan(0);
      for (const s of f.sources) expect(SOURCES[s], s).toBeDefined();
    }
  });

  describe('opioid agonist + naltrexone or nalmefene (between co-medications): contraindicated', () => {
    const pair = (meds: MedicationInput[]) =>
      byRule(checkInteractions(meds).findings, 'interaction.opioid-agonist-antagonist');

    it('fires when both are present, once per pair, naming both', () => {
      const [finding, ...rest] = pair(['oxycodone 10 mg', 'naltrexone 50 mg']);
      expect(rest).toEqual([]);
      expect(finding).toMatchObject({
        severity: 'contraindicated',
        subject: 'oxycodone + naltrexone',
        evidence: 'label',
        sources: ['naltrexone-smpc', 'nalmefene-smpc'],
      });
      expect(finding?.detail).toMatch(/precipitate/i);
      expect(finding?.action).toMatch(/choose one/i);
      expect(subjects(pair(['methadone', 'Selincro']))).toEqual(['methadone + nalmefene']);
      expect(subjects(pair(['methadone', 'tramadol', 'naltrexone'])).sort()).toEqual([
        'methadone + naltrexone',
        'tramadol + naltrexone',
      ]);
    });

    it('does not fire on one side alone', () => {
      expect(pair(['naltrexone'])).toEqual([]);
      expect(pair(['nalmefene', 'acamprosate'])).toEqual([]);
      expect(pair(['oxycodone'])).toEqual([]);
    });

    it('naloxone is not a side: Suboxone alone is not contraindicated; Suboxone + naltrexone is', () => {
      expect(pair(['Suboxone'])).toEqual([]);
      expect(pair(['Targin 10/5'])).toEqual([]);
      expect(subjects(pair(['Suboxone', 'Revia']))).toEqual(['buprenorphine + naltrexone']);
    });

    it('Contrave/Mysimba carry naltrexone (and bupropion)', () => {
      const findings = checkInteractions(['Mysimba', 'methadone']).findings;
      expect(subjects(byRule(findings, 'interaction.opioid-agonist-antagonist'))).toEqual([
        'methadone + naltrexone',
      ]);
      expect(subjects(byRule(findings, 'interaction.bupropion'))).toEqual(['bupropion']);
    });
  });

  describe('acamprosate with CrCl < 30: contraindicated (acamprosate SmPC)', () => {
    const renalRow = (options?: Parameters<typeof checkInteractions>[2], meds = ['acamprosate']) =>
      byRule(checkInteractions(meds, [], options).findings, 'interaction.acamprosate-renal');

    it('CrCl 29.9 → contraindicated, with the CrCl in the detail; the compatible row stays', () => {
      const [finding] = renalRow({ crclMlMin: 29.94 });
      expect(finding).toMatchObject({
        severity: 'contraindicated',
        subject: 'acamprosate',
        evidence: 'label',
        sources: ['acamprosate-smpc'],
      });
      expect(finding?.detail).toContain('CrCl 29.9 mL/min is below 30 mL/min');
      expect(finding?.action).toMatch(/stop or avoid acamprosate/i);
      const all = checkInteractions(['Aotal'], [], { crclMlMin: 12 }).findings;
      expect(byRule(all, 'interaction.acamprosate')[0]?.severity).toBe('compatible');
    });

    it('CrCl 30 (not below 30) and no CrCl → no contraindication', () => {
      expect(renalRow({ crclMlMin: 30 })).toEqual([]);
      expect(renalRow({ crclMlMin: 85 })).toEqual([]);
      expect(renalRow()).toEqual([]);
      expect(renalRow({})).toEqual([]);
    });

    it('on dialysis → contraindicated whatever CrCl was computed', () => {
      expect(renalRow({ renalBand: 'dialysis' })).toHaveLength(1);
      expect(renalRow({ renalBand: 'dialysis', crclMlMin: 45 })[0]?.detail).toContain(
        'the renal band is dialysis',
      );
    });

    it('the severe band without a CrCl does not fire (the spec says CrCl < 30; severe may be eGFR-decided)', () => {
      expect(renalRow({ renalBand: 'severe' })).toEqual([]);
    });

    it('a low CrCl without acamprosate adds nothing', () => {
      expect(renalRow({ crclMlMin: 10 }, ['naltrexone'])).toEqual([]);
    });
  });

  describe('options: optional third argument, validated like any untrusted input', () => {
    it('old two-argument calls give the same result as empty options', () => {
      const meds = ['oxycodone', 'acamprosate'];
      const conditions: ConditionInput[] = [{ icd10: 'N18.4' }];
      expect(checkInteractions(meds, conditions)).toEqual(checkInteractions(meds, conditions, {}));
      expect(checkInteractions(meds, conditions)).toEqual(
        checkInteractions(meds, conditions, { crclMlMin: undefined, renalBand: undefined }),
      );
      expect(checkInteractions(meds, conditions, null as never)).toEqual(checkInteractions(meds, conditions));
    });

    it.each([
      ['options', 'severe'],
      ['options', [1]],
      ['options.crclMlMin', { crclMlMin: -1 }],
      ['options.crclMlMin', { crclMlMin: Number.NaN }],
      ['options.crclMlMin', { crclMlMin: Infinity }],
      ['options.crclMlMin', { crclMlMin: '25' }],
      ['options.crclMlMin', { crclMlMin: 25n }],
      ['options.renalBand', { renalBand: 'stage 4' }],
      ['options.renalBand', { renalBand: 3 }],
      ['options.renalBand', { renal_band: 'severe' }],
      ['options.crclMlMin', { CrClMlMin: 20 }],
    ])('%s: %o → RulesInputError on the field', (field, options) => {
      const error = inputError(() => checkInteractions(['acamprosate'], [], options as never));
      expect(error.field).toBe(field);
      expect(error.message).not.toMatch(/\[object|undefined|NaN|Infinity/);
    });

    it('other keys (a whole renal assessment) are ignored', () => {
      const result = checkInteractions(['acamprosate'], [], {
        crclMlMin: 20,
        renalBand: 'severe',
        egfrMlMin173: 22,
        findings: [],
      } as never);
      expect(byRule(result.findings, 'interaction.acamprosate-renal')).toHaveLength(1);
    });

    it('a value inherited from a prototype is not an option', () => {
      const options = Object.create({ crclMlMin: 10 }) as object;
      expect(
        byRule(checkInteractions(['acamprosate'], [], options).findings, 'interaction.acamprosate-renal'),
      ).toEqual([]);
    });
  });
});

describe('§6 ruleset 1.2: alcohol is always present', () => {
  it('in every result, typed or not: major, additive CNS depression, subject "alcohol"', () => {
    for (const [meds, conditions] of [
      [[], []],
      [['sertraline'], []],
      [[], ['epilepsy']],
      [['paracetamol'], ['ingrown toenail']],
    ] as [MedicationInput[], ConditionInput[]][]) {
      const alcohol = byRule(checkInteractions(meds, conditions).findings, ALCOHOL_RULE_ID);
      expect(alcohol).toHaveLength(1);
      expect(alcohol[0]).toMatchObject({
        ruleId: 'interaction.alcohol',
        subject: 'alcohol',
        severity: 'major',
        evidence: 'label',
      });
      expect(alcohol[0]?.detail).toMatch(/additive CNS depression/i);
      expect(alcohol[0]?.detail).toMatch(/whether or not it was entered/i);
      expect(alcohol[0]?.action).toMatch(/before abstinence/i);
    }
  });

  it('once, also when typed (by name or synonym)', () => {
    for (const typed of ['alcohol', 'wine', 'ethanol', 'beer and wine']) {
      const alcohol = byRule(checkInteractions([typed]).findings, ALCOHOL_RULE_ID);
      expect(alcohol, typed).toHaveLength(1);
      expect(alcohol[0]?.subject).toBe('alcohol');
    }
  });

  it('is not a medication that was read: the detailed medication list does not show it', () => {
    expect(checkInteractionsDetailed([]).medications).toEqual([]);
  });

  it('does not count towards the combined CNS finding, typed or not', () => {
    const combined = (meds: MedicationInput[]) =>
      byRule(checkInteractions(meds).findings, CNS_COMBINATION_RULE_ID);
    expect(combined(['oxycodone'])).toEqual([]);
    expect(combined(['alcohol', 'oxycodone'])).toEqual([]);
  });
});

describe('§7 ruleset 1.2: alcohol use disorder is the indication', () => {
  const INPUTS: ConditionInput[] = [
    'alcohol use disorder',
    'Alcohol use disorder, severe',
    'Alcoholism',
    'alcohol dependence',
    'Alcoolodépendance',
    'dépendance à l’alcool',
    { snomed: '7200002' },
    { name: 'Alcoholism', snomed: '7200002' },
    { icd10: 'F10.2' },
    { icd10: 'F10.20' },
    { icd10: 'f10' },
  ];

  for (const input of INPUTS) {
    it(`${JSON.stringify(input)} → info "indication", recognised`, () => {
      const detailed = checkInteractionsDetailed([], [input]);
      expect(detailed.unrecognizedConditions).toEqual([]);
      const [finding, ...rest] = detailed.findings.filter((f) => f.ruleId !== ALCOHOL_RULE_ID);
      expect(rest).toEqual([]);
      expect(finding).toMatchObject({
        ruleId: INDICATION_RULE_ID,
        severity: 'info',
        subject: 'alcohol use disorder',
      });
      expect(INDICATION_RULE_ID).toBe('condition.indication');
      expect(finding && isIndicationFinding(finding)).toBe(true);
      expect(finding?.title).toMatch(/indication/i);
      expect(detailed.conditions[0]).toMatchObject({
        conditionIds: ['alcohol-use-disorder'],
        indication: true,
      });
    });
  }

  it('a caution is not the indication', () => {
    const detailed = checkInteractionsDetailed([], ['epilepsy']);
    expect(detailed.conditions[0]?.indication).toBe(false);
    expect(detailed.findings.some(isIndicationFinding)).toBe(false);
  });

  it('negated, it is not the indication (and is reported as not checked)', () => {
    expect(checkInteractions([], ['no alcohol use disorder']).unrecognized).toEqual([
      'no alcohol use disorder',
    ]);
  });

  it('alcohol withdrawal seizures stay an epilepsy caution (named by text)', () => {
    const ids = checkInteractions([], ['history of alcohol withdrawal seizures']).findings.map(
      (f) => f.ruleId,
    );
    expect(ids).toContain('condition.epilepsy');
    expect(ids).not.toContain(INDICATION_RULE_ID);
  });
});

describe('§2.4 / §7 ruleset 1.2: chart conditions vs the renal band (bacloplan default)', () => {
  const check = (conditions: ConditionInput[], renalBand?: Parameters<typeof checkInteractions>[2]) =>
    checkInteractions([], conditions, renalBand).findings;

  it('CKD stage 4 without a band: major, reassess renal function; no disagreement to report', () => {
    for (const input of [
      { icd10: 'N18.4' },
      { snomed: '431857002' },
      'CKD stage 4',
      'Chronic kidney disease stage 4 (disorder)',
      'CKD4',
      'IRC stade 4',
    ] as ConditionInput[]) {
      const findings = check([input]);
      const [ckd] = byRule(findings, 'condition.ckd-stage-4');
      expect(ckd, JSON.stringify(input)).toMatchObject({ severity: 'major', subject: 'CKD stage 4' });
      expect(ckd?.action).toMatch(/reassess renal function/i);
      expect(byRule(findings, 'renal.chart-disagrees')).toEqual([]);
    }
  });

  it('CKD stage 4 (N18.4) with an assessed moderate band → renal.chart-disagrees naming both', () => {
    const findings = check([{ name: 'CKD stage 4', icd10: 'N18.4' }], { renalBand: 'moderate' });
    const [disagrees, ...rest] = byRule(findings, 'renal.chart-disagrees');
    expect(rest).toEqual([]);
    expect(disagrees).toMatchObject({
      severity: 'major',
      subject: 'CKD stage 4',
      evidence: 'default',
      sources: ['bacloplan-default'],
    });
    expect(disagrees?.detail).toContain('chart: CKD stage 4 (N18.4) → severe; assessed: moderate');
    expect(disagrees?.action).toMatch(/reassess renal function/i);
    // The condition itself is still reported (§7: major).
    expect(byRule(findings, 'condition.ckd-stage-4')[0]?.severity).toBe('major');
  });

  it('no disagreement when the assessed band is as bad or worse', () => {
    for (const renalBand of ['severe', 'dialysis'] as const) {
      expect(byRule(check([{ icd10: 'N18.4' }], { renalBand }), 'renal.chart-disagrees')).toEqual([]);
    }
    expect(byRule(check([{ icd10: 'N18.6' }], { renalBand: 'dialysis' }), 'renal.chart-disagrees')).toEqual(
      [],
    );
  });

  it('stage 5, end-stage and dialysis dependence imply dialysis (ICD-10 and SNOMED CT)', () => {
    const cases: [ConditionInput, string][] = [
      [{ icd10: 'N18.5' }, 'CKD stage 5 (N18.5)'],
      [{ icd10: 'N18.6' }, 'end-stage renal disease (N18.6)'],
      [{ icd10: 'Z99.2' }, 'dependence on renal dialysis (Z99.2)'],
      [{ icd10: 'Z49.01' }, 'care involving dialysis (Z49.01)'],
      [{ snomed: '433146000' }, 'CKD stage 5 (SNOMED CT 433146000)'],
      [{ snomed: '714152005' }, 'CKD stage 5 on dialysis (SNOMED CT 714152005)'],
      [{ snomed: '46177005' }, 'end-stage renal disease (SNOMED CT 46177005)'],
      [{ snomed: '105502003' }, 'dependence on renal dialysis (SNOMED CT 105502003)'],
      ['ESRD on haemodialysis', '“ESRD on haemodialysis”'],
      ['insuffisance rénale terminale', '“insuffisance rénale terminale”'],
    ];
    for (const [input, chart] of cases) {
      const findings = check([input], { renalBand: 'severe' });
      expect(byRule(findings, 'condition.kidney-failure')[0]?.severity, JSON.stringify(input)).toBe('major');
      expect(byRule(findings, 'renal.chart-disagrees')[0]?.detail, JSON.stringify(input)).toContain(
        `chart: ${chart} → dialysis; assessed: severe`,
      );
    }
  });

  it('kidney transplant (Z94.0): info, check the latest creatinine; never a disagreement', () => {
    for (const input of [
      { icd10: 'Z94.0' },
      { snomed: '161665007' },
      'kidney transplant 2015',
    ] as ConditionInput[]) {
      const findings = check([input], { renalBand: 'normal' });
      const [transplant] = byRule(findings, 'condition.kidney-transplant');
      expect(transplant, JSON.stringify(input)).toMatchObject({ severity: 'info', evidence: 'default' });
      expect(transplant?.action).toMatch(/latest creatinine/i);
      expect(byRule(findings, 'renal.chart-disagrees')).toEqual([]);
    }
  });

  it('"pre-dialysis" is not dialysis: CKD stage 4, pre-dialysis implies severe only', () => {
    const findings = check(['CKD stage 4, pre-dialysis'], { renalBand: 'moderate' });
    expect(byRule(findings, 'condition.kidney-failure')).toEqual([]);
    expect(byRule(findings, 'renal.chart-disagrees')[0]?.detail).toContain('→ severe; assessed: moderate');
  });

  it('look-alikes: CKD stage 3 is not stage 4; "not on dialysis" is not dialysis', () => {
    expect(
      checkInteractions([], ['CKD stage 3', 'not on dialysis', { icd10: 'N18.3' }]).unrecognized,
    ).toEqual(['CKD stage 3', 'not on dialysis', 'ICD-10 N18.3']);
  });

  it('two entries about the same row give one disagreement; two rows give two', () => {
    const same = check([{ icd10: 'N18.4' }, 'CKD stage 4'], { renalBand: 'mild' });
    expect(byRule(same, 'renal.chart-disagrees')).toHaveLength(1);
    const both = check([{ icd10: 'N18.4' }, { icd10: 'Z99.2' }], { renalBand: 'mild' });
    expect(subjects(byRule(both, 'renal.chart-disagrees')).sort()).toEqual([
      'CKD stage 4',
      'CKD stage 5 / end-stage renal disease / dialysis',
    ]);
  });
});

describe('§6: French brands (base de données publique des médicaments), with and without accents', () => {
  const FRENCH: [string, string][] = [
    ['Voltarène', 'diclofenac'],
    ['Seresta', 'oxazepam'],
    ['Stilnox', 'zolpidem'],
    ['Imovane', 'zopiclone'],
    ['Xanax', 'alprazolam'],
    ['Lexomil', 'bromazepam'],
    ['Valium', 'diazepam'],
    ['Rivotril', 'clonazepam'],
    ['Tranxène', 'clorazepate'],
    ['Atarax', 'hydroxyzine'],
    ['Lyrica', 'pregabalin'],
    ['Neurontin', 'gabapentin'],
    ['Tégrétol', 'carbamazepine'],
    ['Dépakine', 'valproate'],
    ['Dépakote', 'valproate'],
    ['Keppra', 'levetiracetam'],
    ['Lamictal', 'lamotrigine'],
    ['Di-Hydan', 'phenytoin'],
    ['Vimpat', 'lacosamide'],
    ['Trileptal', 'oxcarbazepine'],
    ['Laroxyl', 'amitriptyline'],
    ['Norset', 'mirtazapine'],
    ['Deroxat', 'paroxetine'],
    ['Seroplex', 'escitalopram'],
    ['Effexor', 'venlafaxine'],
    ['Cymbalta', 'duloxetine'],
    ['Ixel', 'milnacipran'],
    ['Zyban', 'bupropion'],
    ['Revia', 'naltrexone'],
    ['Selincro', 'nalmefene'],
    ['Aotal', 'acamprosate'],
    ['Espéral', 'disulfiram'],
    ['Skenan', 'morphine'],
    ['Topalgic', 'tramadol'],
    ['Contramal', 'tramadol'],
    ['Subutex', 'buprenorphine'],
    ['Méthadone', 'methadone'],
    ['Xyrem', 'sodium oxybate'],
    ['Victan', 'ethyl loflazepate'],
    ['Ténormine', 'atenolol'],
    ['Adalate', 'nifedipine'],
    ['Isoptine', 'verapamil'],
  ];
  const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

  for (const [brand, generic] of FRENCH) {
    it(`${brand} → ${generic}`, () => {
      expect(matchDrug(brand).map((d) => d.generic)).toEqual([generic]);
      expect(matchDrug(fold(brand)).map((d) => d.generic)).toEqual([generic]);
      // Decomposed accents (NFD, as some systems send them) and capitals, in a real line.
      expect(
        matchDrug(`${brand.normalize('NFD').toUpperCase()} 10 mg, 1 cp le soir`).map((d) => d.generic),
      ).toEqual([generic]);
    });
  }

  it('a French line with strength and form', () => {
    expect(matchDrug('DÉPAKINE CHRONO 500 mg, comprimé pelliculé sécable').map((d) => d.generic)).toEqual([
      'valproate',
    ]);
    expect(matchDrug('VOLTARENE LP 75 mg').map((d) => d.generic)).toEqual(['diclofenac']);
  });

  it('the type-ahead offers the accented French name', () => {
    expect(searchDrugs('tegre').map((s) => s.label)).toContain('Tegretol');
    expect(searchDrugs('voltare').map((s) => s.label)).toContain('Voltarène');
  });
});
