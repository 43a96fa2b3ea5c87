/**
 * §7 of the clinical spec (conditions and cautions) as data, one rule per condition the prescriber may
 * enter or the chart may carry. A pharmacist or clinician reviews this file against the spec; the
 * matching logic is in `../interactions.ts`.
 *
 * Matching (see `matchCondition`):
 * - codes first: SNOMED CT by exact concept id; ICD-10 (WHO or ICD-10-CM) by prefix after removing the
 *   dot, so `K74.60` matches the prefix `K746` and `G40.919` matches `G40`. Codes are listed only where
 *   the author was confident of them; names and synonyms cover the rest.
 * - otherwise by name: whole words after case/accent folding (`normalizeText`), per clause (commas,
 *   semicolons, brackets, "but" end a clause), skipping a term directly preceded by a negation
 *   ("not pregnant", "no history of epilepsy").
 * - a `variant` changes the severity when its words or codes appear anywhere in the same entry
 *   (e.g. "uncontrolled" epilepsy, ICD-10-CM intractable epilepsy codes); the first matching variant
 *   wins, otherwise the rule's own severity applies.
 *
 * Design choices a reviewer should know:
 * - Age ≥ 65: the Beers "avoid if eGFR < 60" rule (major) needs eGFR, so the renal check applies it;
 *   here "elderly"/"≥ 65" gives an `info` finding pointing to that check.
 * - Depression: the spec's row is *severe* depression (major). Severity not stated → major too, shown as a
 *   bacloplan default (cannot be ruled out from a chart label); recorded as mild, moderate or in remission
 *   → moderate (bacloplan default), because mood/suicidality reports still apply.
 * - Schizoaffective disorder is grouped with schizophrenia, and a manic episode (ICD-10 F30) with bipolar
 *   disorder (both conservative additions, not named in the spec).
 * - Alcohol use disorder (ruleset 1.2) is the indication: `role: 'indication'`, rule id
 *   `condition.indication`, severity info — recognised, so never "not checked" or "no caution listed".
 * - CKD stage 4, stage 5 / end-stage / dialysis and kidney transplant (ruleset 1.2, spec §2.4 "Chart says
 *   more than the form" and the last rows of §7): `impliesRenalBand` is the band the chart diagnosis
 *   implies; `checkInteractions` compares it with the assessed band it is given (`renal.chart-disagrees`).
 *   SNOMED CT codes whose meaning mixes two rows (end-stage renal failure *with renal transplant*
 *   236436003, CKD stage 5 *with transplant* 714153000) are left out: such an entry is matched by its
 *   name instead, which gives both rows.
 */
import type { Evidence, RenalBand, Severity } from '../types';

export type ConditionId =
  | 'epilepsy'
  | 'schizophrenia'
  | 'bipolar-disorder'
  | 'depression'
  | 'suicidality'
  | 'pregnancy'
  | 'breastfeeding'
  | 'childbearing-no-contraception'
  | 'age-65'
  | 'sleep-apnoea-respiratory'
  | 'liver-disease'
  | 'diabetes'
  | 'peptic-ulcer'
  | 'stroke'
  | 'driving'
  | 'baclofen-hypersensitivity'
  | 'alcohol-use-disorder'
  | 'ckd-stage-4'
  | 'kidney-failure'
  | 'kidney-transplant';

/** A modifier that changes the severity of a condition rule (e.g. uncontrolled epilepsy). */
export interface ConditionVariant {
  id: string;
  severity: Severity;
  title: string;
  note: string;
  action?: string;
  evidence: Evidence;
  sources: readonly string[];
  /** Words or phrases anywhere in the same entry that select this variant. */
  terms?: readonly string[];
  /** ICD-10 code prefixes (no dot) that select this variant. */
  icd10?: readonly string[];
  snomed?: readonly string[];
}

/** One condition of the §7 table. */
export interface ConditionRule {
  id: ConditionId;
  /** The §7 row this rule encodes, verbatim, for review. */
  specRow: string;
  /** The condition in the clinician's words; the finding's `subject`. */
  label: string;
  severity: Severity;
  title: string;
  note: string;
  action?: string;
  evidence: Evidence;
  /** Keys of `SOURCES` (src/rules/sources.ts). */
  sources: readonly string[];
  /** Names and synonyms (English and French), matched as whole words. */
  terms: readonly string[];
  /** If any of these appears, the name does not match (e.g. diabetes insipidus). */
  excludeTerms?: readonly string[];
  /**
   * A second way to match free text: a word from `any` and a word from `with` both appear in the entry
   * ("Allergies: Lioresal (rash)"). `terms` stay whole phrases so each can be offered as a suggestion.
   */
  pairedTerms?: { any: readonly string[]; with: readonly string[] };
  /** Extra free-text patterns, tested on the lower-cased original text (e.g. "age ≥ 70"). */
  patterns?: readonly RegExp[];
  snomed?: readonly string[];
  /** ICD-10 prefixes without the dot. */
  icd10?: readonly string[];
  variants?: readonly ConditionVariant[];
  /** `indication`: the condition baclofen is planned for (finding `condition.indication`), not a caution. */
  role?: 'indication';
  /** The renal band a chart diagnosis implies (spec §2.4): compared with the assessed band. */
  impliesRenalBand?: Extract<RenalBand, 'severe' | 'dialysis'>;
  /** What a code means, for findings that quote it: ICD-10 prefixes (no dot) and SNOMED CT ids. */
  codeLabels?: Readonly<Record<string, string>>;
}

/** Rule id of the indication finding (alcohol use disorder; spec §7, ruleset 1.2). */
export const INDICATION_RULE_ID = 'condition.indication';

/**
 * `renal.chart-disagrees` (spec §2.4, bacloplan default): a chart condition implies a worse renal band
 * than the one assessed. The detail names both ("chart: CKD stage 4 (N18.4) → severe; assessed: moderate").
 */
export const CHART_DISAGREES_RULE = {
  ruleId: 'renal.chart-disagrees',
  severity: 'major',
  title: 'The chart says more than the renal check: {chart} → {implied}',
  detail:
    'chart: {chart} → {implied}; assessed: {assessed}. A diagnosis on the chart implies a worse renal ' +
    'band than the one computed from creatinine; the assessment may rest on an old, unsteady or ' +
    'mis-entered value, or miss dialysis.',
  action:
    'Reassess renal function (a current creatinine; dialysis status) before planning, and plan on the ' +
    'more conservative band until the chart and the assessment agree.',
  evidence: 'default',
  sources: ['bacloplan-default'],
} as const satisfies {
  ruleId: string;
  severity: Severity;
  title: string;
  detail: string;
  action: string;
  evidence: Evidence;
  sources: readonly string[];
};

const RENAL_CONDITION_ACTION =
  'Reassess renal function (a current creatinine, CrCl and eGFR; dialysis status) and compare it with ' +
  'the chart before planning.';

const EPILEPSY_SOURCES = ['fda-label', 'baclocur-smpc-2018', 'ansm-rtu-2014', 'reynaud-2017'];
const PSYCHIATRIC_SOURCES = ['ansm-rtu-2014', 'lioresal-leaflet', 'boels-2017'];
const PREGNANCY_SOURCES = ['ansm-rtu-2014', 'ansm-2017', 'fda-label', 'baclocur-smpc-2018'];
const PSYCHIATRIC_NOTE =
  'Suicidality and mood changes are reported with baclofen (Lioresal leaflet), and severe baclofen ' +
  'self-poisoning occurs in people treated for alcohol dependence (Boels 2017).';

export const CONDITIONS: readonly ConditionRule[] = [
  {
    id: 'epilepsy',
    specRow: 'epilepsy / seizure history — major (uncontrolled: contraindicated)',
    label: 'epilepsy / seizure history',
    severity: 'major',
    title: 'Epilepsy or seizure history: major caution',
    note:
      'Baclofen lowers the seizure threshold, and both alcohol withdrawal and baclofen withdrawal provoke ' +
      'seizures. People with epilepsy were excluded from ALPADIR.',
    action: 'Confirm that seizures are controlled. Never stop baclofen abruptly: always taper.',
    evidence: 'label',
    sources: EPILEPSY_SOURCES,
    terms: [
      'epilepsy',
      'epileptic',
      'seizure',
      'seizures',
      'seizure disorder',
      'convulsion',
      'convulsions',
      'epilepsie',
      'epileptique',
      'crise convulsive',
      'crises convulsives',
    ],
    // 84757009 epilepsy (disorder); 91175000 seizure (finding)
    snomed: ['84757009', '91175000'],
    // G40 epilepsy, G41 status epilepticus (WHO), R56.8/R56.9 other/unspecified convulsions
    icd10: ['G40', 'G41', 'R568', 'R569'],
    variants: [
      {
        id: 'uncontrolled',
        severity: 'contraindicated',
        title: 'Uncontrolled epilepsy: contraindicated',
        note:
          'Epilepsy recorded as uncontrolled, intractable or refractory. Baclofen lowers the seizure ' +
          'threshold, and alcohol and baclofen withdrawal both provoke seizures; uncontrolled epilepsy is ' +
          'a contraindication.',
        action: 'Do not start baclofen while seizures are uncontrolled; seek neurology advice.',
        evidence: 'label',
        sources: EPILEPSY_SOURCES,
        terms: [
          'uncontrolled',
          'not controlled',
          'non controlled',
          'poorly controlled',
          'intractable',
          'refractory',
          'drug resistant',
          'pharmacoresistant',
          'pharmaco resistant',
          'pharmacoresistante',
          'non controlee',
          'non equilibree',
        ],
        // ICD-10-CM: in G40.0–G40.4, G40.9, G40.A, G40.B the character after the subcategory is 1 for
        // "intractable" (G40.011, G40.019, … G40.919); in G40.80–G40.82 the 6th character 3/4 means intractable.
        icd10: [
          'G4001',
          'G4011',
          'G4021',
          'G4031',
          'G4041',
          'G4091',
          'G40A1',
          'G40B1',
          'G40803',
          'G40804',
          'G40813',
          'G40814',
          'G40823',
          'G40824',
        ],
      },
    ],
  },
  {
    id: 'schizophrenia',
    specRow: 'schizophrenia, bipolar disorder, severe depression — contraindicated (RTU) / major',
    label: 'schizophrenia',
    severity: 'contraindicated',
    title: 'Schizophrenia: contraindicated (French RTU)',
    note: `${PSYCHIATRIC_NOTE} The French RTU (2014) contraindicates baclofen in schizophrenia.`,
    action: 'Do not start under the RTU. If a specialist proceeds, limit the quantities dispensed.',
    evidence: 'guideline',
    sources: PSYCHIATRIC_SOURCES,
    terms: [
      'schizophrenia',
      'schizophrenic',
      'schizoaffective',
      'schizoaffective disorder',
      'schizophrenie',
      'schizo affectif',
      'schizoaffectif',
    ],
    // 58214004 schizophrenia (disorder)
    snomed: ['58214004'],
    // F20 schizophrenia, F25 schizoaffective disorders
    icd10: ['F20', 'F25'],
  },
  {
    id: 'bipolar-disorder',
    specRow: 'schizophrenia, bipolar disorder, severe depression — contraindicated (RTU) / major',
    label: 'bipolar disorder',
    severity: 'contraindicated',
    title: 'Bipolar disorder: contraindicated (French RTU)',
    note: `${PSYCHIATRIC_NOTE} The French RTU (2014) contraindicates baclofen in bipolar disorder.`,
    action: 'Do not start under the RTU. If a specialist proceeds, limit the quantities dispensed.',
    evidence: 'guideline',
    sources: PSYCHIATRIC_SOURCES,
    terms: [
      'bipolar',
      'bipolar disorder',
      'manic depression',
      'manic depressive',
      'manic episode',
      'mania',
      'bipolaire',
      'trouble bipolaire',
    ],
    // 13746004 bipolar disorder (disorder)
    snomed: ['13746004'],
    // F31 bipolar affective disorder, F30 manic episode
    icd10: ['F31', 'F30'],
  },
  {
    id: 'depression',
    specRow: 'schizophrenia, bipolar disorder, severe depression — contraindicated (RTU) / major',
    label: 'depression',
    severity: 'major',
    title: 'Depression (severity not stated): major caution',
    note:
      `${PSYCHIATRIC_NOTE} Severe depression is a major caution (RTU 2014). The severity is not stated, ` +
      'so bacloplan treats it as severe until assessed.',
    action:
      'Assess severity and suicide risk. Limit the quantities dispensed; review mood and suicidality at ' +
      'each visit.',
    evidence: 'default',
    sources: [...PSYCHIATRIC_SOURCES, 'bacloplan-default'],
    terms: [
      'depression',
      'depressive',
      'depressive disorder',
      'depressive episode',
      'major depressive disorder',
      'major depression',
      'MDD',
      'depressif',
      'episode depressif',
      'trouble depressif',
    ],
    // Manic depression is bipolar disorder (its own rule); respiratory/CNS depression is not a mood disorder.
    excludeTerms: [
      'respiratory depression',
      'cns depression',
      'depression respiratoire',
      'manic depression',
      'manic depressive',
    ],
    // 35489007 depressive disorder; 370143000 major depressive disorder
    snomed: ['35489007', '370143000'],
    // F32 depressive episode, F33 recurrent depressive disorder
    icd10: ['F32', 'F33'],
    variants: [
      {
        id: 'severe',
        severity: 'major',
        title: 'Severe depression: major caution',
        note: `${PSYCHIATRIC_NOTE} Severe depression is a major caution (RTU 2014).`,
        action:
          'Assess suicide risk. Limit the quantities dispensed; review mood and suicidality at each visit.',
        evidence: 'guideline',
        sources: PSYCHIATRIC_SOURCES,
        terms: ['severe', 'psychotic', 'psychotic features', 'treatment resistant', 'severe depressive'],
        // F32.2/F32.3 severe depressive episode (without/with psychotic symptoms); F33.2/F33.3 recurrent, severe
        icd10: ['F322', 'F323', 'F332', 'F333'],
      },
      {
        id: 'mild-moderate',
        severity: 'moderate',
        title: 'Depression (mild, moderate or in remission): caution',
        note:
          `${PSYCHIATRIC_NOTE} The spec's major caution is for severe depression; for mild or moderate ` +
          'depression or remission bacloplan shows a moderate caution.',
        action: 'Confirm severity; review mood and suicidality at each visit.',
        evidence: 'default',
        sources: [...PSYCHIATRIC_SOURCES, 'bacloplan-default'],
        terms: ['mild', 'moderate', 'remission', 'in remission', 'legere', 'moderee'],
        // F32.0/F32.1 mild/moderate episode; F33.0/F33.1 recurrent mild/moderate; F33.4 in remission;
        // F32.4/F32.5 partial/full remission (ICD-10-CM)
        icd10: ['F320', 'F321', 'F324', 'F325', 'F330', 'F331', 'F334'],
      },
    ],
  },
  {
    id: 'suicidality',
    specRow: 'suicidal ideation or attempt — major',
    label: 'suicidal ideation or attempt',
    severity: 'major',
    title: 'Suicidal ideation or attempt: major caution',
    note:
      'Baclofen overdose is dangerous: mortality 2.6 % vs 0.1 % (Léger 2017), and doses above 80 mg/day ' +
      'are linked to more suicide attempts (Franchitto 2018).',
    action:
      'Limit the quantities dispensed, review suicidality at each visit, and weigh doses above 80 mg/day ' +
      'carefully.',
    evidence: 'pk-study',
    sources: ['leger-2017', 'franchitto-2018'],
    terms: [
      'suicidal',
      'suicide',
      'suicide attempt',
      'attempted suicide',
      'suicidal ideation',
      'self harm',
      'self poisoning',
      'intentional overdose',
      'tentative de suicide',
      'idees suicidaires',
    ],
    // 6471006 suicidal thoughts (finding)
    snomed: ['6471006'],
    // R45.851 suicidal ideations (CM); T14.91 suicide attempt (CM); X60–X84 intentional self-harm;
    // Z91.5 personal history of self-harm
    icd10: ['R45851', 'T1491', 'Z915', ...Array.from({ length: 25 }, (_, i) => `X${60 + i}`)],
  },
  {
    id: 'pregnancy',
    specRow:
      'pregnancy, breastfeeding, childbearing potential without contraception — contraindicated (RTU) / major',
    label: 'pregnancy',
    severity: 'contraindicated',
    title: 'Pregnancy: contraindicated (French RTU)',
    note:
      'Neonatal withdrawal is reported after baclofen exposure in pregnancy. Baclofen for AUD is not to be ' +
      'used in pregnancy (French RTU, 2017 amendment).',
    action:
      'Do not start. If already taking baclofen, do not stop abruptly: seek specialist advice on a taper.',
    evidence: 'guideline',
    sources: PREGNANCY_SOURCES,
    terms: ['pregnancy', 'pregnant', 'grossesse', 'enceinte'],
    // 77386006 pregnant (finding)
    snomed: ['77386006'],
    // O09 supervision of high-risk pregnancy (CM); Z33 pregnant state; Z34 supervision of normal pregnancy;
    // Z3A weeks of gestation (CM)
    icd10: ['O09', 'Z33', 'Z34', 'Z3A'],
  },
  {
    id: 'breastfeeding',
    specRow:
      'pregnancy, breastfeeding, childbearing potential without contraception — contraindicated (RTU) / major',
    label: 'breastfeeding',
    severity: 'contraindicated',
    title: 'Breastfeeding: contraindicated (French RTU)',
    note:
      'Baclofen passes into breast milk: LactMed estimates about 3.6 % of the maternal dose reaches the ' +
      'infant at 80 mg/day. Not to be used while breastfeeding under the French RTU.',
    action: 'Do not start while breastfeeding.',
    evidence: 'guideline',
    sources: [...PREGNANCY_SOURCES, 'lactmed'],
    terms: [
      'breastfeeding',
      'breast feeding',
      'breastfeeds',
      'lactating',
      'lactation',
      'nursing mother',
      'allaitement',
      'allaitante',
    ],
    // Z39.1 care and examination of lactating mother
    icd10: ['Z391'],
  },
  {
    id: 'childbearing-no-contraception',
    specRow:
      'pregnancy, breastfeeding, childbearing potential without contraception — contraindicated (RTU) / major',
    label: 'childbearing potential without contraception',
    severity: 'major',
    title: 'Childbearing potential without contraception: major caution',
    note:
      'Baclofen is contraindicated in pregnancy under the French RTU, and neonatal withdrawal is reported. ' +
      'No effective contraception is recorded.',
    action: 'Exclude pregnancy before starting and discuss effective contraception.',
    evidence: 'guideline',
    sources: PREGNANCY_SOURCES,
    terms: [
      'childbearing',
      'child bearing',
      'childbearing potential',
      'childbearing age',
      'reproductive age',
      'WOCBP',
      'age de procreer',
    ],
    variants: [
      {
        id: 'with-contraception',
        severity: 'info',
        title: 'Childbearing potential, contraception recorded',
        note:
          'Contraception is recorded. Baclofen is contraindicated in pregnancy under the French RTU; ' +
          'this is a reminder only.',
        action: 'Confirm contraception is effective and ongoing; advise to report a pregnancy promptly.',
        evidence: 'default',
        sources: [...PREGNANCY_SOURCES, 'bacloplan-default'],
        terms: [
          'on contraception',
          'with contraception',
          'using contraception',
          'uses contraception',
          'effective contraception',
          'contraception in place',
          'sous contraception',
        ],
      },
    ],
  },
  {
    id: 'age-65',
    specRow: 'age ≥ 65 — major with eGFR < 60 (Beers)',
    label: 'age ≥ 65',
    severity: 'info',
    title: 'Age 65 or over: see the renal check (Beers)',
    note:
      'AGS Beers 2023: avoid baclofen when eGFR < 60 mL/min/1.73 m² (major) because of encephalopathy risk, ' +
      'which is dose-related and appears early (median 3 days; Muanda 2019). That rule needs eGFR, so the ' +
      'renal check applies it from age and creatinine; this note only flags the age.',
    action: 'Complete the renal check. If baclofen is used, start at the lowest effective dose.',
    evidence: 'guideline',
    sources: ['beers-2023', 'muanda-2019'],
    terms: [
      'elderly',
      'older adult',
      'older adults',
      'older person',
      'geriatric',
      'aged 65',
      'age 65',
      'over 65',
      '65 and over',
      '65 or over',
      '65 or older',
      'personne agee',
      'sujet age',
    ],
    patterns: [
      // `\s*(?::\s*)?` rather than `\s*:?\s*`: the same text, without backtracking through long spaces.
      /(?:≥|>=|>|\bover|\babove|\baged?)\s*(?::\s*)?(?:6[5-9]|[7-9]\d|1[01]\d)\b(?!\s*(?:mg|ml|kg|g\b|%))/,
      /\b(?:6[5-9]|[7-9]\d|1[01]\d)\s*(?:years?|yrs?|yo|y\/o|ans)\b/,
      /\b(?:6[5-9]|[7-9]\d|1[01]\d)\s*\+/,
    ],
  },
  {
    id: 'sleep-apnoea-respiratory',
    specRow: 'sleep apnoea / respiratory impairment — major',
    label: 'sleep apnoea / respiratory impairment',
    severity: 'major',
    title: 'Sleep apnoea or respiratory impairment: major caution',
    note:
      'Central sleep apnoea is reported with baclofen at 40–190 mg/day (Olivier 2016; Revol 2018); existing ' +
      'sleep apnoea or respiratory impairment adds to the risk.',
    action:
      'Review breathing and sleep at each escalation, screen for sleep apnoea above 80 mg/day, and avoid ' +
      'other respiratory depressants.',
    evidence: 'pk-study',
    sources: ['olivier-2016', 'revol-2018'],
    terms: [
      'sleep apnoea',
      'sleep apnea',
      'apnoea',
      'apnea',
      'apnee',
      'apnees',
      'OSA',
      'OSAS',
      'OSAHS',
      'SAOS',
      'SAHOS',
      'CPAP',
      'respiratory impairment',
      'respiratory insufficiency',
      'respiratory failure',
      'COPD',
      'BPCO',
      'chronic obstructive pulmonary disease',
      'emphysema',
      'hypoventilation',
      'obesity hypoventilation',
      'insuffisance respiratoire',
    ],
    // 73430006 sleep apnea; 78275009 obstructive sleep apnea syndrome; 13645005 COPD;
    // 409622000 respiratory failure
    snomed: ['73430006', '78275009', '13645005', '409622000'],
    // G47.3 sleep apnoea; J43 emphysema; J44 COPD; J96 respiratory failure; E66.2 obesity hypoventilation
    icd10: ['G473', 'J43', 'J44', 'J96', 'E662'],
  },
  {
    id: 'liver-disease',
    specRow: 'liver disease / cirrhosis — compatible (note)',
    label: 'liver disease / cirrhosis',
    severity: 'compatible',
    title: 'Liver disease or cirrhosis: compatible',
    note:
      'Baclofen is the AUD medicine with randomised-trial evidence in cirrhosis (Addolorato 2007; Morley ' +
      '2018); only about 15 % is metabolised by the liver.',
    action: 'Compatible; usual monitoring.',
    evidence: 'trial',
    sources: ['addolorato-2007', 'morley-2018'],
    terms: [
      'cirrhosis',
      'cirrhotic',
      'liver cirrhosis',
      'liver disease',
      'liver failure',
      'liver fibrosis',
      'hepatic impairment',
      'hepatic insufficiency',
      'hepatic encephalopathy',
      'hepatitis',
      'steatosis',
      'steatohepatitis',
      'fatty liver',
      'NAFLD',
      'MASLD',
      'NASH',
      'MASH',
      'ARLD',
      'alcohol related liver disease',
      'alcoholic liver disease',
      'cirrhose',
      'hepatopathie',
      'insuffisance hepatique',
      'steatose',
    ],
    // 19943007 cirrhosis of liver; 235856003 disorder of liver
    snomed: ['19943007', '235856003'],
    // K70–K77 diseases of liver (incl. K70.3 alcoholic cirrhosis, K74.6 other cirrhosis); B18 chronic viral hepatitis
    icd10: ['K70', 'K71', 'K72', 'K73', 'K74', 'K75', 'K76', 'K77', 'B18'],
  },
  {
    id: 'diabetes',
    specRow: 'diabetes — minor',
    label: 'diabetes',
    severity: 'minor',
    title: 'Diabetes: minor caution',
    note: 'Blood glucose may rise on baclofen.',
    action: 'Monitor blood glucose.',
    evidence: 'label',
    sources: ['pms-baclofen'],
    terms: ['diabetes', 'diabetic', 'diabete', 'diabetique', 'T1DM', 'T2DM', 'T1D', 'T2D', 'NIDDM', 'IDDM'],
    excludeTerms: ['insipidus'],
    // 73211009 diabetes mellitus; 46635009 type 1; 44054006 type 2
    snomed: ['73211009', '46635009', '44054006'],
    // E10–E14 diabetes mellitus
    icd10: ['E10', 'E11', 'E12', 'E13', 'E14'],
  },
  {
    id: 'peptic-ulcer',
    specRow: 'peptic ulcer — minor',
    label: 'peptic ulcer',
    severity: 'minor',
    title: 'Peptic ulcer: minor caution',
    note: 'History of peptic ulcer: use baclofen with caution (PMS-Baclofen monograph).',
    action: 'Use with caution.',
    evidence: 'label',
    sources: ['pms-baclofen'],
    terms: [
      'peptic ulcer',
      'peptic ulcer disease',
      'gastric ulcer',
      'duodenal ulcer',
      'stomach ulcer',
      'PUD',
      'ulcere gastrique',
      'ulcere duodenal',
      'ulcere gastroduodenal',
      'ulcere peptique',
    ],
    // 13200003 peptic ulcer; 397825006 gastric ulcer; 51868009 duodenal ulcer
    snomed: ['13200003', '397825006', '51868009'],
    // K25 gastric, K26 duodenal, K27 peptic site unspecified, K28 gastrojejunal ulcer
    icd10: ['K25', 'K26', 'K27', 'K28'],
  },
  {
    id: 'stroke',
    specRow: 'stroke history — moderate',
    label: 'stroke history',
    severity: 'moderate',
    title: 'Stroke history: moderate caution',
    note: 'Baclofen has been poorly tolerated after stroke (US label).',
    action: 'Review tolerability at each titration step.',
    evidence: 'label',
    sources: ['fda-label'],
    terms: [
      'stroke',
      'strokes',
      'CVA',
      'cerebrovascular accident',
      'cerebral infarction',
      'cerebral infarct',
      'brain infarct',
      'intracerebral haemorrhage',
      'intracerebral hemorrhage',
      'cerebral haemorrhage',
      'cerebral hemorrhage',
      'AVC',
      'accident vasculaire cerebral',
      'infarctus cerebral',
    ],
    // 230690007 cerebrovascular accident
    snomed: ['230690007'],
    // I60 subarachnoid, I61 intracerebral haemorrhage, I63 cerebral infarction, I64 stroke NOS (WHO),
    // I69 sequelae of cerebrovascular disease, Z86.73 history of cerebral infarction/TIA (CM)
    icd10: ['I60', 'I61', 'I63', 'I64', 'I69', 'Z8673'],
  },
  {
    id: 'driving',
    specRow: 'driving / machinery — info',
    label: 'driving / machinery',
    severity: 'info',
    title: 'Driving or operating machinery',
    note: 'Baclofen can cause drowsiness and dizziness, especially during titration.',
    action: 'Advise not to drive or operate machinery until the effect of each dose is known.',
    evidence: 'label',
    sources: ['fda-label', 'baclocur-smpc-2018'],
    terms: [
      'driving',
      'driver',
      'drives',
      'professional driver',
      'machinery',
      'heavy machinery',
      'machine operator',
      'pilot',
      'conduite',
      'conducteur',
      'chauffeur',
    ],
  },
  {
    id: 'baclofen-hypersensitivity',
    specRow: 'hypersensitivity to baclofen — contraindicated',
    label: 'hypersensitivity to baclofen',
    severity: 'contraindicated',
    title: 'Hypersensitivity to baclofen: contraindicated',
    note: 'Known hypersensitivity to baclofen or to an excipient of the product.',
    action: 'Do not prescribe baclofen.',
    evidence: 'label',
    sources: ['fda-label', 'baclocur-smpc-2018'],
    terms: [
      'hypersensitivity to baclofen',
      'baclofen hypersensitivity',
      'baclofen allergy',
      'allergy to baclofen',
      'allergic to baclofen',
      'allergie au baclofene',
    ],
    // Free text such as "Allergies: Lioresal (rash)": an allergy word together with a baclofen name.
    pairedTerms: {
      any: [
        'allergy',
        'allergies',
        'allergic',
        'hypersensitivity',
        'hypersensitive',
        'anaphylaxis',
        'allergie',
        'allergique',
        'hypersensibilite',
      ],
      with: [
        'baclofen',
        'baclofene',
        'Lioresal',
        'Baclocur',
        'Liofen',
        'Kemstro',
        'Ozobax',
        'Lyvispah',
        'Fleqsuvy',
        'Gablofen',
      ],
    },
  },
  {
    id: 'alcohol-use-disorder',
    specRow:
      'alcohol use disorder (SNOMED 7200002 alcoholism, ICD-10 F10.x) — info — the indication: shown as ' +
      '"indication", never as "no caution listed"',
    label: 'alcohol use disorder',
    severity: 'info',
    role: 'indication',
    title: 'Alcohol use disorder: the indication',
    note:
      'Alcohol use disorder is what baclofen is planned for (authorised in France as Baclocur), not a ' +
      'caution. Alcohol itself is always checked as an interaction (additive CNS depression).',
    evidence: 'label',
    sources: ['baclocur-smpc-2018'],
    terms: [
      'alcohol use disorder',
      'alcohol use disorders',
      'AUD',
      'alcoholism',
      'chronic alcoholism',
      'alcohol dependence',
      'alcohol dependency',
      'alcohol dependence syndrome',
      'dependence on alcohol',
      'alcohol addiction',
      'alcohol abuse',
      'alcohol misuse',
      'harmful use of alcohol',
      'alcoolisme',
      'alcoolo dependance',
      'alcoolodependance',
      'dependance a l alcool',
      'dependance alcoolique',
      'trouble de l usage de l alcool',
      'trouble lie a l usage de l alcool',
      'mesusage d alcool',
      'mesusage de l alcool',
    ],
    // 7200002 alcoholism (disorder); 66590003 alcohol dependence (disorder); 15167005 alcohol abuse (disorder)
    snomed: ['7200002', '66590003', '15167005'],
    // F10 mental and behavioural disorders due to use of alcohol (F10.0–F10.9), as the spec says
    icd10: ['F10'],
  },
  {
    id: 'ckd-stage-4',
    specRow:
      'CKD stage 4–5, dialysis (N18.4–N18.6, Z99.2, Z49.x) — major — cross-checked against the renal ' +
      'assessment (§2.4); §2.4: CKD stage 4 (N18.4) → severe',
    label: 'CKD stage 4',
    severity: 'major',
    impliesRenalBand: 'severe',
    title: 'CKD stage 4 on the chart: reassess renal function',
    note:
      'The chart records chronic kidney disease stage 4 (GFR 15–29), which implies the severe renal band: ' +
      'avoid baclofen (hard stop; specialist override required). Baclofen is 70–80 % renally excreted.',
    action: RENAL_CONDITION_ACTION,
    evidence: 'default',
    sources: ['bacloplan-default', 'wolf-2018', 'mims'],
    terms: [
      'CKD stage 4',
      'CKD 4',
      'CKD stage IV',
      'CKD IV',
      'CKD G4',
      'stage 4 CKD',
      'chronic kidney disease stage 4',
      'stage 4 chronic kidney disease',
      'chronic renal failure stage 4',
      'maladie renale chronique stade 4',
      'insuffisance renale chronique stade 4',
      'MRC stade 4',
      'IRC stade 4',
    ],
    // 431857002 chronic kidney disease stage 4 (disorder)
    snomed: ['431857002'],
    icd10: ['N184'],
    codeLabels: { N184: 'CKD stage 4', '431857002': 'CKD stage 4' },
  },
  {
    id: 'kidney-failure',
    specRow:
      'CKD stage 4–5, dialysis (N18.4–N18.6, Z99.2, Z49.x) — major — cross-checked against the renal ' +
      'assessment (§2.4); §2.4: stage 5 / end-stage (N18.5, N18.6) or dialysis dependence (Z99.2, Z49.x) → dialysis',
    label: 'CKD stage 5 / end-stage renal disease / dialysis',
    severity: 'major',
    impliesRenalBand: 'dialysis',
    title: 'Kidney failure or dialysis on the chart: reassess renal function',
    note:
      'The chart records CKD stage 5, end-stage renal disease or dependence on dialysis, which implies the ' +
      'dialysis band: a hard stop for baclofen (if overridden, at most 5 mg/day, given after dialysis on ' +
      'dialysis days). Baclofen is 70–80 % renally excreted and removed by haemodialysis.',
    action: RENAL_CONDITION_ACTION,
    evidence: 'default',
    sources: ['bacloplan-default', 'pms-baclofen', 'brvar-2007', 'mims'],
    terms: [
      'CKD stage 5',
      'CKD 5',
      'CKD 5D',
      'CKD stage V',
      'CKD V',
      'CKD G5',
      'stage 5 CKD',
      'chronic kidney disease stage 5',
      'stage 5 chronic kidney disease',
      'end stage renal disease',
      'end stage kidney disease',
      'end stage renal failure',
      'ESRD',
      'ESKD',
      'ESRF',
      'dialysis',
      'haemodialysis',
      'hemodialysis',
      'peritoneal dialysis',
      'renal dialysis',
      'dialysis dependent',
      'dialysis dependence',
      'dependence on renal dialysis',
      'dialyse',
      'hemodialyse',
      'dialyse peritoneale',
      'insuffisance renale terminale',
      'insuffisance renale chronique terminale',
      'IRCT',
      'maladie renale chronique stade 5',
      'insuffisance renale chronique stade 5',
      'MRC stade 5',
      'IRC stade 5',
    ],
    // 433146000 CKD stage 5; 714152005 CKD stage 5 on dialysis; 46177005 end-stage renal disease;
    // 236434000 end-stage renal failure untreated by renal replacement therapy; 236435004 end-stage
    // renal failure on dialysis; 105502003 dependence on renal dialysis (finding)
    snomed: ['433146000', '714152005', '46177005', '236434000', '236435004', '105502003'],
    // N18.5 CKD stage 5; N18.6 end-stage renal disease; Z99.2 dependence on renal dialysis; Z49 care
    // involving dialysis (WHO) / encounter for care involving renal dialysis (CM)
    icd10: ['N185', 'N186', 'Z992', 'Z49'],
    codeLabels: {
      N185: 'CKD stage 5',
      N186: 'end-stage renal disease',
      Z992: 'dependence on renal dialysis',
      Z49: 'care involving dialysis',
      '433146000': 'CKD stage 5',
      '714152005': 'CKD stage 5 on dialysis',
      '46177005': 'end-stage renal disease',
      '236434000': 'end-stage renal failure',
      '236435004': 'end-stage renal failure on dialysis',
      '105502003': 'dependence on renal dialysis',
    },
  },
  {
    id: 'kidney-transplant',
    specRow:
      'kidney transplant (Z94.0) — info — renal function may change quickly; check the latest creatinine',
    label: 'kidney transplant',
    severity: 'info',
    title: 'Kidney transplant: check the latest creatinine',
    note:
      'Renal function may change quickly after a kidney transplant (rejection, calcineurin inhibitors), so ' +
      'a renal band from an older creatinine may no longer hold.',
    action: 'Check the latest creatinine before each escalation.',
    evidence: 'default',
    sources: ['bacloplan-default'],
    terms: [
      'kidney transplant',
      'renal transplant',
      'kidney transplantation',
      'renal transplantation',
      'kidney transplant recipient',
      'renal transplant recipient',
      'transplanted kidney',
      'kidney graft',
      'renal graft',
      'greffe renale',
      'greffe de rein',
      'greffe du rein',
      'transplantation renale',
      'transplante renal',
    ],
    // 161665007 history of renal transplant (situation)
    snomed: ['161665007'],
    // Z94.0 kidney transplant status
    icd10: ['Z940'],
    codeLabels: { Z940: 'kidney transplant status', '161665007': 'history of renal transplant' },
  },
];
