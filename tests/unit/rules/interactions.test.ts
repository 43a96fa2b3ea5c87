/**
 * Interaction rules (clinical spec §6). Expected severities and evidence are copied from the spec's
 * table here, independently of src/rules/data/, so a wrong row in the data fails a test.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ALCOHOL_RULE_ID,
  CNS_COMBINATION_RULE_ID,
  COMBINATION_PRODUCTS,
  DRUGS,
  DRUG_CLASSES,
  checkInteractions,
  checkInteractionsDetailed,
  matchDrug,
  normalizeText,
  raiseSeverity,
  searchDrugs,
} from '../../../src/rules/interactions';
import { severityRank } from '../../../src/rules/severity';
import { SOURCES } from '../../../src/rules/sources';
import type { Finding, MedicationInput, Severity } from '../../../src/rules/types';

/** §6, row by row: every agent the spec names, with the row's severity (and the class rule id). */
const SPEC_TABLE: { row: string; ruleId: string; severity: Severity; drugs: string[] }[] = [
  { row: 'alcohol', ruleId: 'interaction.alcohol', severity: 'major', drugs: ['alcohol'] },
  {
    row: 'opioids',
    ruleId: 'interaction.opioids',
    severity: 'major',
    drugs: ['morphine', 'oxycodone', 'tramadol', 'codeine', 'fentanyl', 'methadone', 'buprenorphine'],
  },
  {
    row: 'benzodiazepines',
    ruleId: 'interaction.benzodiazepines',
    severity: 'major',
    drugs: ['diazepam', 'oxazepam', 'lorazepam', 'alprazolam', 'clonazepam'],
  },
  {
    row: 'gabapentinoids',
    ruleId: 'interaction.gabapentinoids',
    severity: 'major',
    drugs: ['gabapentin', 'pregabalin'],
  },
  {
    row: 'sodium oxybate',
    ruleId: 'interaction.sodium-oxybate',
    severity: 'major',
    drugs: ['sodium oxybate'],
  },
  {
    row: 'Z-drugs, barbiturates',
    ruleId: 'interaction.z-drugs-barbiturates',
    severity: 'major',
    drugs: ['zolpidem', 'zopiclone', 'eszopiclone', 'phenobarbital'],
  },
  {
    row: 'other muscle relaxants',
    ruleId: 'interaction.muscle-relaxants',
    severity: 'major',
    drugs: ['tizanidine', 'cyclobenzaprine', 'carisoprodol'],
  },
  {
    row: 'sedating antihistamines',
    ruleId: 'interaction.sedating-antihistamines',
    severity: 'moderate',
    drugs: ['hydroxyzine', 'promethazine', 'doxylamine', 'diphenhydramine'],
  },
  {
    row: 'tricyclics',
    ruleId: 'interaction.tricyclics',
    severity: 'moderate',
    drugs: ['amitriptyline', 'clomipramine', 'imipramine', 'nortriptyline'],
  },
  {
    row: 'mirtazapine, trazodone',
    ruleId: 'interaction.mirtazapine-trazodone',
    severity: 'moderate',
    drugs: ['mirtazapine', 'trazodone'],
  },
  {
    row: 'antipsychotics',
    ruleId: 'interaction.antipsychotics',
    severity: 'moderate',
    drugs: ['quetiapine', 'olanzapine', 'chlorpromazine', 'risperidone'],
  },
  { row: 'lithium', ruleId: 'interaction.lithium', severity: 'moderate', drugs: ['lithium'] },
  { row: 'levodopa ± carbidopa', ruleId: 'interaction.levodopa', severity: 'moderate', drugs: ['levodopa'] },
  {
    row: 'antihypertensives (ACE-i, ARB, β-blockers, diuretics)',
    ruleId: 'interaction.antihypertensives',
    severity: 'moderate',
    drugs: [
      'ramipril',
      'lisinopril',
      'losartan',
      'valsartan',
      'metoprolol',
      'bisoprolol',
      'furosemide',
      'hydrochlorothiazide',
    ],
  },
  {
    row: 'MAOIs',
    ruleId: 'interaction.maois',
    severity: 'moderate',
    drugs: ['phenelzine', 'tranylcypromine', 'selegiline'],
  },
  {
    row: 'antidiabetics (insulin, sulfonylureas)',
    ruleId: 'interaction.antidiabetics',
    severity: 'minor',
    drugs: ['insulin', 'gliclazide', 'glipizide', 'glimepiride', 'glibenclamide'],
  },
  {
    row: 'NSAIDs, aminoglycosides, other nephrotoxic drugs',
    ruleId: 'interaction.nephrotoxic',
    severity: 'moderate',
    drugs: ['ibuprofen', 'naproxen', 'diclofenac', 'gentamicin', 'tobramycin', 'amikacin'],
  },
  { row: 'topiramate', ruleId: 'interaction.topiramate', severity: 'moderate', drugs: ['topiramate'] },
  {
    row: 'SSRIs (dapoxetine listed)',
    ruleId: 'interaction.ssris',
    severity: 'minor',
    drugs: ['sertraline', 'escitalopram', 'fluoxetine', 'dapoxetine'],
  },
  {
    row: 'naltrexone, nalmefene',
    ruleId: 'interaction.opioid-antagonists',
    severity: 'compatible',
    drugs: ['naltrexone', 'nalmefene'],
  },
  { row: 'acamprosate', ruleId: 'interaction.acamprosate', severity: 'compatible', drugs: ['acamprosate'] },
  { row: 'disulfiram', ruleId: 'interaction.disulfiram', severity: 'compatible', drugs: ['disulfiram'] },
  // Ruleset 1.2, §6 second table
  {
    row: 'antiepileptics',
    ruleId: 'interaction.antiepileptics',
    severity: 'moderate',
    drugs: [
      'carbamazepine',
      'valproate',
      'levetiracetam',
      'lamotrigine',
      'phenytoin',
      'lacosamide',
      'oxcarbazepine',
    ],
  },
  { row: 'bupropion', ruleId: 'interaction.bupropion', severity: 'moderate', drugs: ['bupropion'] },
  {
    row: 'SNRIs (venlafaxine, duloxetine)',
    ruleId: 'interaction.snris',
    severity: 'minor',
    drugs: ['venlafaxine', 'duloxetine'],
  },
];

/** The evidence label each §6 row's source column implies (topiramate is the only `default`). */
const SPEC_EVIDENCE_IS_DEFAULT: Record<string, boolean> = {
  'interaction.topiramate': true,
};

/**
 * Findings without the alcohol row, which every result carries since ruleset 1.2 (spec §6: alcohol is
 * always present in AUD); tests of the alcohol row itself read `checkInteractions` directly.
 */
function only(meds: MedicationInput[]): Finding[] {
  return checkInteractions(meds).findings.filter((f) => f.ruleId !== ALCOHOL_RULE_ID);
}

function drugFindingsOf(meds: MedicationInput[]): Finding[] {
  return only(meds).filter((f) => f.ruleId !== CNS_COMBINATION_RULE_ID);
}

describe('§6 table: every agent named in the spec gets the row severity', () => {
  for (const { row, ruleId, severity, drugs } of SPEC_TABLE) {
    for (const drug of drugs) {
      it(`${drug} (${row}) → ${severity}`, () => {
        const result = checkInteractions([drug]);
        expect(result.unrecognized).toEqual([]);
        // Besides the drug's own row, only the alcohol row that is always present.
        const own =
          drug === 'alcohol' ? result.findings : result.findings.filter((f) => f.ruleId !== ALCOHOL_RULE_ID);
        expect(own).toHaveLength(1);
        expect(result.findings).toHaveLength(drug === 'alcohol' ? 1 : 2);
        const [finding] = own;
        expect(finding).toMatchObject({ ruleId, severity, subject: drug });
        expect(finding?.evidence === 'default').toBe(SPEC_EVIDENCE_IS_DEFAULT[ruleId] === true);
      });
    }
  }

  it('every §6 row exists as exactly one class in the data', () => {
    const ids = DRUG_CLASSES.map((c) => `interaction.${c.id}`);
    for (const { ruleId } of SPEC_TABLE) expect(ids.filter((id) => id === ruleId)).toHaveLength(1);
    expect(ids).toHaveLength(SPEC_TABLE.length);
  });

  it('opioid action: do not stop OUD treatment (FDA 2017), lower cap, slower steps, naloxone', () => {
    const [finding] = only(['methadone']);
    expect(finding?.action).toMatch(/do not stop opioid use disorder treatment/i);
    expect(finding?.action).toMatch(/FDA 2017/);
    expect(finding?.action).toMatch(/lower baclofen cap/i);
    expect(finding?.action).toMatch(/slower titration steps/i);
    expect(finding?.action).toMatch(/naloxone/i);
    expect(finding?.sources).toEqual(expect.arrayContaining(['fda-2016-opioids', 'fda-2017-oud']));
  });

  it('the mechanism goes in detail and the action in action', () => {
    const [finding] = only(['pregabalin']);
    expect(finding?.detail).toMatch(/respiratory depression/i);
    expect(finding?.detail).toMatch(/kidneys/i);
    expect(finding?.action).toMatch(/renal function/i);
    expect(finding?.sources).toEqual(['fda-2019-gabapentinoids']);
  });
});

describe('matching', () => {
  const BRANDS: [string, string][] = [
    ['Xanax', 'alprazolam'],
    ['Subutex', 'buprenorphine'],
    ['Lyrica', 'pregabalin'],
    ['Neurontin', 'gabapentin'],
    ['Seroquel', 'quetiapine'],
    ['Valium', 'diazepam'],
    ['Ativan', 'lorazepam'],
    ['Rivotril', 'clonazepam'],
    ['Klonopin', 'clonazepam'],
    ['Séresta', 'oxazepam'],
    ['Stilnox', 'zolpidem'],
    ['Ambien', 'zolpidem'],
    ['Imovane', 'zopiclone'],
    ['Xyrem', 'sodium oxybate'],
    ['Zanaflex', 'tizanidine'],
    ['Atarax', 'hydroxyzine'],
    ['Phenergan', 'promethazine'],
    ['Laroxyl', 'amitriptyline'],
    ['Elavil', 'amitriptyline'],
    ['Remeron', 'mirtazapine'],
    ['Norset', 'mirtazapine'],
    ['Desyrel', 'trazodone'],
    ['Zyprexa', 'olanzapine'],
    ['Risperdal', 'risperidone'],
    ['Teralithe', 'lithium'],
    ['Priadel', 'lithium'],
    ['Sinemet', 'levodopa'],
    ['Topamax', 'topiramate'],
    ['Zoloft', 'sertraline'],
    ['Seroplex', 'escitalopram'],
    ['Lexapro', 'escitalopram'],
    ['Cipralex', 'escitalopram'],
    ['Prozac', 'fluoxetine'],
    ['Revia', 'naltrexone'],
    ['Selincro', 'nalmefene'],
    ['Aotal', 'acamprosate'],
    ['Campral', 'acamprosate'],
    ['Espéral', 'disulfiram'],
    ['Antabuse', 'disulfiram'],
    ['OxyContin', 'oxycodone'],
    ['Durogesic', 'fentanyl'],
    ['Duragesic', 'fentanyl'],
    ['Méthadone AP-HP', 'methadone'],
    ['ethanol', 'alcohol'],
    ['glyburide', 'glibenclamide'],
    ['Lantus', 'insulin'],
  ];
  for (const [brand, generic] of BRANDS) {
    it(`brand ${brand} → ${generic}`, () => {
      expect(matchDrug(brand).map((d) => d.generic)).toEqual([generic]);
    });
  }

  it('Suboxone is buprenorphine and naloxone, each reported', () => {
    expect(matchDrug('Suboxone 8mg/2mg').map((d) => d.generic)).toEqual(['buprenorphine', 'naloxone']);
    const findings = drugFindingsOf(['Suboxone']);
    expect(findings.map((f) => f.subject).sort()).toEqual(['buprenorphine', 'naloxone']);
  });

  const MESSY: [string, string[]][] = [
    ['Seroquel 50 mg tablet', ['quetiapine']],
    ['oxycodone/naloxone 10/5mg', ['oxycodone', 'naloxone']],
    ['buprenorphine-naloxone sublingual film', ['buprenorphine', 'naloxone']],
    ['méthadone', ['methadone']],
    ['METHADONE 60 MG/DAY oral solution', ['methadone']],
    ['  Xanax  ', ['alprazolam']],
    ['Lexapro10mg', ['escitalopram']],
    ['SÉRESTA 10 mg cp', ['oxazepam']],
    ['insulin glargine 20 units at night', ['insulin']],
    ['sodium oxybate 4.5 g nightly', ['sodium oxybate']],
    ['Tylenol #3', ['codeine']],
    ['co-codamol 30/500', ['codeine']],
    ['dihydrocodeine 30mg', ['dihydrocodeine']],
    ['carbidopa/levodopa 25/100', ['levodopa']],
    ['diazepam (benzodiazepine) 5 mg', ['diazepam']],
    ['β-blocker', ['antihypertensive (unspecified)']],
    ['opioids', ['opioid (unspecified)']],
  ];
  for (const [text, generics] of MESSY) {
    it(`messy text "${text}" → ${generics.join(' + ')}`, () => {
      expect(matchDrug(text).map((d) => d.generic)).toEqual(generics);
    });
  }

  it('whole words only: codeine is not found inside dihydrocodeine, morphine not inside hydromorphone', () => {
    expect(matchDrug('dihydrocodeine').map((d) => d.generic)).toEqual(['dihydrocodeine']);
    expect(matchDrug('hydromorphone').map((d) => d.generic)).toEqual(['hydromorphone']);
  });

  it('RxNorm ingredient code wins when known; otherwise the name is used', () => {
    expect(matchDrug({ rxnorm: '7804' }).map((d) => d.generic)).toEqual(['oxycodone']);
    expect(matchDrug({ name: 'something else', rxnorm: '7804' }).map((d) => d.generic)).toEqual([
      'oxycodone',
    ]);
    expect(matchDrug({ name: 'Seroquel 25 mg', rxnorm: '999999999' }).map((d) => d.generic)).toEqual([
      'quetiapine',
    ]);
    expect(matchDrug({ rxnorm: '596' }).map((d) => d.generic)).toEqual(['alprazolam']);
    expect(matchDrug('6813').map((d) => d.generic)).toEqual(['methadone']);
  });

  it('unknown drugs land in unrecognized as entered; empty inputs are ignored', () => {
    const result = checkInteractions(['paracetamol 1 g', '', '   ', 'Xanax', { rxnorm: '123456789' }, {}]);
    expect(result.unrecognized).toEqual(['paracetamol 1 g', 'RxNorm 123456789']);
    expect(result.findings.map((f) => f.subject)).toEqual(['alprazolam', 'alcohol']);
  });

  it('an unknown code with a name reports the name', () => {
    expect(checkInteractions([{ name: 'Dafalgan', rxnorm: '161' }]).unrecognized).toEqual(['Dafalgan']);
  });

  it('normalizeText folds case, accents, punctuation and glued strengths', () => {
    expect(normalizeText('  MÉTHADONE—AP-HP 40mg/mL ')).toBe('methadone ap hp 40 mg ml');
    expect(normalizeText('Œstrogène')).toBe('oestrogene');
  });
});

describe('CNS-depressant combination (bacloplan default)', () => {
  const combined = (meds: MedicationInput[]) => only(meds).find((f) => f.ruleId === CNS_COMBINATION_RULE_ID);

  it('raiseSeverity: moderate → major, major → contraindicated, never above contraindicated', () => {
    expect(raiseSeverity('minor')).toBe('moderate');
    expect(raiseSeverity('moderate')).toBe('major');
    expect(raiseSeverity('major')).toBe('contraindicated');
    expect(raiseSeverity('contraindicated')).toBe('contraindicated');
    expect(raiseSeverity('hard-stop')).toBe('hard-stop');
  });

  it('two major CNS depressants → contraindicated combined finding', () => {
    const finding = combined(['oxycodone 10 mg', 'diazepam 5 mg']);
    expect(finding).toMatchObject({
      severity: 'contraindicated',
      subject: 'oxycodone + diazepam',
      evidence: 'default',
      sources: ['bacloplan-default'],
    });
    expect(finding?.action).toMatch(/naloxone/);
  });

  it('two moderate CNS depressants → major', () => {
    expect(combined(['quetiapine', 'mirtazapine'])?.severity).toBe('major');
  });

  // Ruleset 1.2 (spec §6): alcohol is the indication, not a co-medication, so it never counts — listed
  // or not. (Ruleset 1.1 counted it when listed.)
  it('alcohol does not count, even when listed', () => {
    expect(combined(['alcohol', 'hydroxyzine'])).toBeUndefined();
    expect(combined(['wine', 'beer', 'oxycodone'])).toBeUndefined();
    expect(combined(['hydroxyzine'])).toBeUndefined();
  });

  it('counts classes, not drugs: two opioids or two benzodiazepines alone are one class', () => {
    expect(combined(['methadone', 'oxycodone'])).toBeUndefined();
    expect(combined(['diazepam', 'oxazepam', 'alprazolam'])).toBeUndefined();
    // …and a second class makes it fire, naming every CNS depressant.
    const finding = combined(['methadone', 'oxycodone', 'diazepam']);
    expect(finding?.severity).toBe('contraindicated');
    expect(finding?.subject).toBe('methadone + oxycodone + diazepam');
  });

  it('antiepileptics count (moderate + moderate → major; with an opioid → contraindicated)', () => {
    expect(combined(['levetiracetam', 'quetiapine'])?.severity).toBe('major');
    expect(combined(['Tégrétol', 'tramadol'])?.severity).toBe('contraindicated');
    // Two antiepileptics are one class.
    expect(combined(['carbamazepine', 'valproate'])).toBeUndefined();
  });

  it('SSRIs and SNRIs do not count', () => {
    expect(combined(['sertraline', 'venlafaxine', 'quetiapine'])).toBeUndefined();
    expect(combined(['duloxetine', 'escitalopram'])).toBeUndefined();
    expect(combined(['duloxetine', 'quetiapine', 'pregabalin'])?.subject).toBe('quetiapine + pregabalin');
  });

  it('bupropion does not count (its row is about the seizure threshold, not sedation)', () => {
    expect(combined(['bupropion', 'quetiapine'])).toBeUndefined();
  });

  it('the most serious member sets the level: moderate + major → contraindicated', () => {
    expect(combined(['amitriptyline', 'pregabalin'])?.severity).toBe('contraindicated');
  });

  it('no combined finding for one CNS depressant, the same drug twice, or non-CNS drugs', () => {
    expect(combined(['oxycodone'])).toBeUndefined();
    expect(combined(['oxycodone', 'OxyContin 20 mg'])).toBeUndefined();
    expect(
      combined(['ramipril', 'ibuprofen', 'lithium', 'levodopa', 'sertraline', 'naltrexone']),
    ).toBeUndefined();
    expect(combined(['oxycodone', 'ramipril'])).toBeUndefined();
  });

  it('the combined finding is sorted with the others, most serious first', () => {
    const findings = only(['quetiapine', 'diazepam']);
    expect(findings[0]?.ruleId).toBe(CNS_COMBINATION_RULE_ID);
    expect(findings[0]?.severity).toBe('contraindicated');
  });
});

describe('de-duplication and sorting', () => {
  it('the same drug entered twice, by generic and brand, gives one finding', () => {
    const findings = only(['Xanax', 'alprazolam 0.5 mg', 'XANAX']);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.subject).toBe('alprazolam');
  });

  it('Suboxone plus Subutex reports buprenorphine once', () => {
    const subjects = drugFindingsOf(['Suboxone', 'Subutex']).map((f) => f.subject);
    expect(subjects.filter((s) => s === 'buprenorphine')).toHaveLength(1);
  });

  it('findings are sorted by severity, most serious first', () => {
    const findings = only(['nalmefene', 'sertraline', 'ramipril', 'dihydrocodeine', 'insulin']);
    expect(findings.map((f) => f.severity)).toEqual([
      'contraindicated', // dihydrocodeine + nalmefene (ruleset 1.2)
      'major',
      'moderate',
      'minor',
      'minor',
      'compatible',
    ]);
  });

  it('detailed result keeps medications and conditions apart', () => {
    const result = checkInteractionsDetailed(['Xanax', 'foo'], ['epilepsy', 'bar']);
    expect(result.unrecognizedMedications).toEqual(['foo']);
    expect(result.unrecognizedConditions).toEqual(['bar']);
    expect(result.medications[0]).toEqual({ input: 'Xanax', generics: ['alprazolam'], matchedBy: 'name' });
    expect(checkInteractions(['Xanax', 'foo'], ['epilepsy', 'bar']).unrecognized).toEqual(['foo', 'bar']);
  });
});

describe('dictionary integrity', () => {
  it('every entry has a known class; generics are unique', () => {
    const classIds = new Set(DRUG_CLASSES.map((c) => c.id));
    for (const drug of DRUGS) expect(classIds.has(drug.classId), drug.generic).toBe(true);
    const generics = DRUGS.map((d) => d.generic);
    expect(new Set(generics).size).toBe(generics.length);
  });

  it('no name points to two different drugs (unambiguous dictionary)', () => {
    const owner = new Map<string, string>();
    for (const drug of DRUGS) {
      for (const name of [drug.generic, ...(drug.synonyms ?? []), ...(drug.brands ?? [])]) {
        const key = normalizeText(name);
        const previous = owner.get(key);
        expect(
          previous === undefined || previous === drug.generic,
          `${name}: ${previous} vs ${drug.generic}`,
        ).toBe(true);
        owner.set(key, drug.generic);
      }
    }
    for (const product of COMBINATION_PRODUCTS) {
      expect(owner.has(normalizeText(product.brand)), product.brand).toBe(false);
    }
  });

  it('combination products name only dictionary generics', () => {
    const generics = new Set(DRUGS.map((d) => d.generic));
    for (const product of COMBINATION_PRODUCTS) {
      expect(product.generics.length).toBeGreaterThanOrEqual(2);
      for (const g of product.generics) expect(generics.has(g), `${product.brand}: ${g}`).toBe(true);
    }
  });

  it('RxCUIs are numeric and unique', () => {
    const codes = DRUGS.flatMap((d) =>
      d.rxcui === undefined ? [] : typeof d.rxcui === 'string' ? [d.rxcui] : d.rxcui,
    );
    for (const code of codes) expect(code).toMatch(/^\d+$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('every class cites known sources', () => {
    for (const cls of DRUG_CLASSES) {
      expect(cls.sources.length).toBeGreaterThan(0);
      for (const key of cls.sources) expect(SOURCES[key], key).toBeDefined();
    }
  });

  it('the CNS-depressant classes are the documented ones', () => {
    expect(
      DRUG_CLASSES.filter((c) => c.cnsDepressant)
        .map((c) => c.id)
        .sort(),
    ).toEqual(
      [
        'opioids',
        'benzodiazepines',
        'gabapentinoids',
        'sodium-oxybate',
        'z-drugs-barbiturates',
        'muscle-relaxants',
        'sedating-antihistamines',
        'tricyclics',
        'mirtazapine-trazodone',
        'antipsychotics',
        'maois',
        'topiramate',
        'antiepileptics',
      ].sort(),
    );
  });
});

describe('searchDrugs (type-ahead)', () => {
  it('finds brands and generics by prefix, accent-insensitively', () => {
    expect(searchDrugs('xan')[0]).toMatchObject({
      label: 'Xanax',
      generics: ['alprazolam'],
      severity: 'major',
    });
    expect(searchDrugs('sere').map((s) => s.label)).toContain('Séresta');
    expect(searchDrugs('oxazepam')[0]).toMatchObject({ label: 'oxazepam', kind: 'generic' });
  });

  it('puts exact and prefix matches first, generics before brands', () => {
    const labels = searchDrugs('oxy', 20).map((s) => s.label);
    expect(labels.slice(0, 2)).toEqual(['oxycodone', 'oxymorphone']);
    expect(labels).toContain('oxybate');
    expect(labels).toContain('OxyContin');
    expect(labels.indexOf('oxycodone')).toBeLessThan(labels.indexOf('OxyContin'));
  });

  it('combination products suggest all their generics', () => {
    expect(searchDrugs('subox')[0]).toMatchObject({
      label: 'Suboxone',
      generics: ['buprenorphine', 'naloxone'],
    });
  });

  it('respects the limit, ignores empty queries and class words', () => {
    expect(searchDrugs('a', 5)).toHaveLength(5);
    expect(searchDrugs('   ')).toEqual([]);
    expect(searchDrugs('opioids')).toEqual([]);
  });
});

describe('properties', () => {
  const POOL: string[] = [
    ...DRUGS.filter((d) => !d.unspecified).map((d) => d.generic),
    ...DRUGS.flatMap((d) => d.brands ?? []),
    ...COMBINATION_PRODUCTS.map((p) => p.brand),
    'opioids',
    'paracetamol',
    'vitamin B12',
    '',
    'Seroquel 50 mg tablet',
    'oxycodone/naloxone 10/5mg',
  ];
  const med = fc.oneof(
    fc.constantFrom(...POOL),
    fc.string({ maxLength: 20 }),
    fc.record({ rxnorm: fc.constantFrom('7804', '596', '6813', '1', '42351', '999') }),
  );
  const meds = fc.array(med, { maxLength: 8 });
  const key = (f: Finding) =>
    // The combined CNS finding's subject lists its drugs, so it grows with them; its presence is what counts.
    f.ruleId === CNS_COMBINATION_RULE_ID ? f.ruleId : `${f.ruleId}|${f.subject ?? ''}`;

  it('adding a drug never removes a finding (by rule and subject)', () => {
    fc.assert(
      fc.property(meds, med, (list, extra) => {
        const before = new Set(only(list).map(key));
        const after = new Set(only([...list, extra]).map(key));
        for (const k of before) expect(after.has(k), k).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('adding a drug never lowers the severity of an existing finding', () => {
    fc.assert(
      fc.property(meds, med, (list, extra) => {
        const after = new Map(only([...list, extra]).map((f) => [key(f), f.severity]));
        for (const f of only(list)) {
          const later = after.get(key(f));
          expect(later).toBeDefined();
          expect(severityRank(later as Severity)).toBeLessThanOrEqual(severityRank(f.severity));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('output is always sorted, de-duplicated, sourced and evidenced', () => {
    const evidence = new Set(['trial', 'label', 'guideline', 'pk-study', 'default']);
    fc.assert(
      fc.property(meds, (list) => {
        const findings = only(list);
        const ranks = findings.map((f) => severityRank(f.severity));
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        const keys = findings.map((f) => `${f.ruleId}|${f.subject ?? ''}`);
        expect(new Set(keys).size).toBe(keys.length);
        for (const f of findings) {
          expect(f.sources.length).toBeGreaterThan(0);
          for (const s of f.sources) expect(SOURCES[s], s).toBeDefined();
          expect(evidence.has(f.evidence)).toBe(true);
          expect(f.title).not.toBe('');
          expect(f.detail).not.toBe('');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('every non-empty input is either recognised or reported, never dropped', () => {
    fc.assert(
      fc.property(meds, (list) => {
        const detailed = checkInteractionsDetailed(list);
        const nonEmpty = list.filter((m) => (typeof m === 'string' ? m.trim() !== '' : true));
        expect(detailed.medications).toHaveLength(nonEmpty.length);
        for (const m of detailed.medications) {
          if (m.generics.length === 0) expect(detailed.unrecognizedMedications).toContain(m.input);
        }
      }),
      { numRuns: 300 },
    );
  });
});
