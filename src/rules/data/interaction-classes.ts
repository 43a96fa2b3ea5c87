/**
 * §6 of the clinical spec (baclofen-aud-rules.md) as data: one row per interacting agent or class.
 * A pharmacist reviews this file against the spec; the matching logic lives in `../interactions.ts`
 * and the drug dictionary (which drug belongs to which class) in `./drugs.ts`.
 *
 * `cnsDepressant` decides which classes count towards the combined "several CNS depressants" finding
 * (spec §6, ruleset 1.2: prescribed CNS depressants of two or more different classes; the escalation
 * itself is a bacloplan default). Counted: opioids, benzodiazepines, gabapentinoids, sodium oxybate,
 * Z-drugs/barbiturates, other muscle relaxants, sedating antihistamines, tricyclics,
 * mirtazapine/trazodone, antipsychotics, topiramate, antiepileptics (the spec says they count) and MAO
 * inhibitors (the spec's own mechanism for that row is "CNS depression").
 * Not counted: alcohol (spec §6: it is the indication, not a co-medication — its row is on every
 * result instead, `alwaysPresent`), SSRIs and SNRIs (the spec says they do not count), bupropion (its
 * row is about the seizure threshold), lithium, levodopa, antihypertensives, antidiabetics, nephrotoxic
 * drugs and the AUD medicines (naltrexone, nalmefene, naloxone, acamprosate, disulfiram) — their rows
 * name no sedative mechanism.
 *
 * Two §6 rows of ruleset 1.2 are not "baclofen + one drug" and have their own tables below:
 * `CO_MEDICATION_RULES` (opioid agonist + naltrexone or nalmefene, between co-medications) and
 * `RENAL_DRUG_RULES` (acamprosate with CrCl < 30 mL/min, which needs the renal assessment).
 */
import type { Evidence, RenalBand, Severity } from '../types';

export type DrugClassId =
  | 'alcohol'
  | 'opioids'
  | 'benzodiazepines'
  | 'gabapentinoids'
  | 'sodium-oxybate'
  | 'z-drugs-barbiturates'
  | 'muscle-relaxants'
  | 'sedating-antihistamines'
  | 'tricyclics'
  | 'mirtazapine-trazodone'
  | 'antipsychotics'
  | 'lithium'
  | 'levodopa'
  | 'antihypertensives'
  | 'maois'
  | 'antidiabetics'
  | 'nephrotoxic'
  | 'topiramate'
  | 'ssris'
  | 'opioid-antagonists'
  | 'acamprosate'
  | 'disulfiram'
  | 'antiepileptics'
  | 'bupropion'
  | 'snris';

/** One row of the §6 interaction table. */
export interface DrugClass {
  id: DrugClassId;
  /** The agent or class in the clinician's words, as shown on the finding. */
  label: string;
  severity: Severity;
  /** Mechanism / note column of §6; becomes the finding's `detail`. */
  mechanism: string;
  /** Action column of §6. */
  action: string;
  evidence: Evidence;
  /** Keys of `SOURCES` (src/rules/sources.ts). */
  sources: readonly string[];
  /** Counts towards the combined CNS-depressant finding (prescribed CNS depressants only). */
  cnsDepressant: boolean;
  /**
   * Shown on every result whether or not it was entered (spec §6: alcohol is always present in AUD).
   * The class must have exactly one named (not `unspecified`) drug in the dictionary.
   */
  alwaysPresent?: boolean;
}

export const DRUG_CLASSES: readonly DrugClass[] = [
  {
    id: 'alcohol',
    label: 'alcohol',
    severity: 'major',
    mechanism:
      'Additive CNS depression (sedation, slowed breathing). Alcohol use disorder is the indication, so ' +
      'alcohol is taken as present whether or not it was entered.',
    action:
      'Counsel the patient about combined sedation. Baclofen may be started before abstinence is reached.',
    evidence: 'label',
    sources: ['fda-label', 'baclocur-smpc-2018'],
    // The indication, not a co-medication: it does not count towards the combined finding (spec §6).
    cnsDepressant: false,
    alwaysPresent: true,
  },
  {
    id: 'opioids',
    label: 'opioids',
    severity: 'major',
    mechanism: 'Additive respiratory depression and sedation.',
    action:
      'Avoid if possible. Do not stop opioid use disorder treatment (methadone, buprenorphine) because of ' +
      'baclofen (FDA 2017). If combined: use a lower baclofen cap and slower titration steps, and supply ' +
      'naloxone with training for the patient and those around them.',
    evidence: 'guideline',
    sources: ['fda-2016-opioids', 'fda-2017-oud'],
    cnsDepressant: true,
  },
  {
    id: 'benzodiazepines',
    label: 'benzodiazepines',
    severity: 'major',
    mechanism: 'Additive sedation and respiratory depression.',
    action: 'Limit benzodiazepine use to alcohol withdrawal management.',
    evidence: 'label',
    sources: ['baclocur-smpc-2018', 'fda-2016-opioids'],
    cnsDepressant: true,
  },
  {
    id: 'gabapentinoids',
    label: 'gabapentinoids',
    severity: 'major',
    mechanism:
      'Respiratory depression. Both drugs are cleared by the kidneys, so renal impairment raises both.',
    action: 'Avoid. If combined, adjust both doses for renal function.',
    evidence: 'guideline',
    sources: ['fda-2019-gabapentinoids'],
    cnsDepressant: true,
  },
  {
    id: 'sodium-oxybate',
    label: 'sodium oxybate',
    severity: 'major',
    mechanism: 'Both are GABA-B agonists; the oxybate label says to avoid muscle relaxants.',
    action: 'Avoid the combination.',
    evidence: 'label',
    sources: ['fda-2012-oxybate'],
    cnsDepressant: true,
  },
  {
    id: 'z-drugs-barbiturates',
    label: 'Z-drugs and barbiturates',
    severity: 'major',
    mechanism: 'Additive drowsiness.',
    action: 'Avoid, or lower the dose.',
    evidence: 'guideline',
    sources: ['ansm-rtu-2014'],
    cnsDepressant: true,
  },
  {
    id: 'muscle-relaxants',
    label: 'other muscle relaxants',
    severity: 'major',
    mechanism: 'Additive CNS depression.',
    action: 'Avoid the combination.',
    evidence: 'label',
    sources: ['swiss-smpc'],
    cnsDepressant: true,
  },
  {
    id: 'sedating-antihistamines',
    label: 'sedating antihistamines',
    severity: 'moderate',
    mechanism: 'Drowsiness.',
    action: 'Monitor for sedation, or avoid.',
    evidence: 'guideline',
    sources: ['ansm-rtu-2014'],
    cnsDepressant: true,
  },
  {
    id: 'tricyclics',
    label: 'tricyclic antidepressants',
    severity: 'moderate',
    mechanism: 'Potentiation of baclofen, with marked muscular hypotonia.',
    action: 'Monitor; lower the dose.',
    evidence: 'label',
    sources: ['baclocur-smpc-2018'],
    cnsDepressant: true,
  },
  {
    id: 'mirtazapine-trazodone',
    label: 'mirtazapine and trazodone',
    severity: 'moderate',
    mechanism: 'Drowsiness.',
    action: 'Monitor.',
    evidence: 'guideline',
    sources: ['ansm-rtu-2014'],
    cnsDepressant: true,
  },
  {
    id: 'antipsychotics',
    label: 'antipsychotics',
    severity: 'moderate',
    mechanism: 'Drowsiness and hypotension.',
    action: 'Monitor.',
    evidence: 'label',
    sources: ['baclocur-smpc-2018'],
    cnsDepressant: true,
  },
  {
    id: 'lithium',
    label: 'lithium',
    severity: 'moderate',
    mechanism: 'Aggravated hyperkinetic symptoms.',
    action: 'Use with caution.',
    evidence: 'label',
    sources: ['baclocur-smpc-2018'],
    cnsDepressant: false,
  },
  {
    id: 'levodopa',
    label: 'levodopa (± carbidopa or benserazide)',
    severity: 'moderate',
    mechanism: 'Confusion and hallucinations.',
    action: 'Use with caution.',
    evidence: 'label',
    sources: ['baclocur-smpc-2018'],
    cnsDepressant: false,
  },
  {
    id: 'antihypertensives',
    label: 'antihypertensives (ACE inhibitors, ARBs, β-blockers, diuretics and others)',
    severity: 'moderate',
    mechanism: 'Additive hypotension.',
    action: 'Check orthostatic blood pressure.',
    evidence: 'label',
    sources: ['baclocur-smpc-2018'],
    cnsDepressant: false,
  },
  {
    id: 'maois',
    label: 'MAO inhibitors',
    severity: 'moderate',
    mechanism: 'Increased CNS depression.',
    action: 'Adjust doses.',
    evidence: 'label',
    sources: ['pms-baclofen'],
    cnsDepressant: true,
  },
  {
    id: 'antidiabetics',
    label: 'antidiabetics (insulin, sulfonylureas and others)',
    severity: 'minor',
    mechanism: 'Baclofen may raise blood glucose.',
    action: 'Monitor blood glucose.',
    evidence: 'label',
    sources: ['pms-baclofen'],
    cnsDepressant: false,
  },
  {
    id: 'nephrotoxic',
    label: 'NSAIDs, aminoglycosides and other nephrotoxic drugs',
    severity: 'moderate',
    mechanism: 'Reduced baclofen excretion: baclofen is cleared by the kidneys, so its level can rise.',
    action: 'Recheck creatinine and re-band renal function (renal check).',
    evidence: 'label',
    sources: ['baclocur-smpc-2018'],
    cnsDepressant: false,
  },
  {
    id: 'topiramate',
    label: 'topiramate',
    severity: 'moderate',
    mechanism: 'Additive CNS effects.',
    action: 'Monitor.',
    evidence: 'default',
    sources: ['bacloplan-default'],
    cnsDepressant: true,
  },
  {
    id: 'ssris',
    label: 'SSRIs',
    severity: 'minor',
    mechanism: 'No specific interaction known; dapoxetine is named in the RTU interaction list.',
    action: 'Compatible: no specific action (SSRIs were allowed in ALPADIR).',
    evidence: 'guideline',
    sources: ['ansm-rtu-2014', 'reynaud-2017'],
    cnsDepressant: false,
  },
  {
    // Naloxone is not in the §6 table; it is placed here so combination products (buprenorphine/naloxone,
    // oxycodone/naloxone) report it, and because it shares the row's pharmacology (opioid antagonist).
    id: 'opioid-antagonists',
    label: 'opioid antagonists (naltrexone, nalmefene; naloxone)',
    severity: 'compatible',
    mechanism: 'No pharmacokinetic overlap. Watch for opioid co-use.',
    action: 'Allowed.',
    evidence: 'pk-study',
    sources: ['guerzoni-2018'],
    cnsDepressant: false,
  },
  {
    id: 'acamprosate',
    label: 'acamprosate',
    severity: 'compatible',
    mechanism: 'Both drugs are cleared by the kidneys; acamprosate is contraindicated at CrCl < 30 mL/min.',
    action: 'Allowed. Adjust both for renal function.',
    evidence: 'pk-study',
    sources: ['guerzoni-2018', 'acamprosate-smpc'],
    cnsDepressant: false,
  },
  {
    id: 'disulfiram',
    label: 'disulfiram',
    severity: 'compatible',
    mechanism: 'Disulfiram has its own interaction profile.',
    action: 'Allowed; monitor.',
    evidence: 'pk-study',
    sources: ['guerzoni-2018'],
    cnsDepressant: false,
  },
  {
    id: 'antiepileptics',
    label: 'antiepileptics',
    severity: 'moderate',
    mechanism:
      'Additive CNS depression. A patient taking an antiepileptic likely has a seizure history (see the ' +
      'epilepsy caution): baclofen lowers the seizure threshold, and alcohol and baclofen withdrawal both ' +
      'provoke seizures.',
    action: 'Monitor for sedation. Never stop the antiepileptic because of baclofen.',
    evidence: 'label',
    sources: ['antiepileptic-labels'],
    cnsDepressant: true,
  },
  {
    id: 'bupropion',
    label: 'bupropion',
    severity: 'moderate',
    mechanism:
      'Bupropion lowers the seizure threshold, and alcohol withdrawal and baclofen withdrawal both ' +
      'provoke seizures.',
    action: 'Avoid abrupt baclofen changes (never stop it abruptly: always taper); use with caution.',
    evidence: 'label',
    sources: ['bupropion-smpc'],
    cnsDepressant: false,
  },
  {
    id: 'snris',
    label: 'SNRIs',
    severity: 'minor',
    mechanism: 'Drowsiness.',
    action: 'Monitor.',
    evidence: 'label',
    sources: ['snri-labels'],
    cnsDepressant: false,
  },
];

/** Which dictionary drugs a side of a co-medication rule covers: by class, by generic name, or both. */
export interface DrugSelector {
  /** In the clinician's words, e.g. "opioid agonist". */
  label: string;
  classIds?: readonly DrugClassId[];
  generics?: readonly string[];
}

/**
 * A §6 row between two co-medications rather than between baclofen and one drug: it fires only when a
 * drug of each side is present, once per pair (subject `"<first> + <second>"`, generic names).
 */
export interface CoMedicationRule {
  /** The finding's rule id is `interaction.<id>`. */
  id: string;
  severity: Severity;
  /** Title of the finding, with `{first}` and `{second}` for the two generic names. */
  title: string;
  mechanism: string;
  action: string;
  evidence: Evidence;
  sources: readonly string[];
  sides: readonly [DrugSelector, DrugSelector];
}

export const CO_MEDICATION_RULES: readonly CoMedicationRule[] = [
  {
    // Buprenorphine (a partial agonist) counts: naltrexone precipitates withdrawal with it too.
    // Naloxone is not a side: the spec names naltrexone and nalmefene, and naloxone is part of
    // buprenorphine/naloxone (Suboxone) itself.
    id: 'opioid-agonist-antagonist',
    severity: 'contraindicated',
    title: '{first} + {second}: contraindicated together',
    mechanism:
      'Naltrexone and nalmefene block opioid receptors: they stop the opioid working and precipitate ' +
      'opioid withdrawal in a patient taking an opioid agonist.',
    action:
      'Choose one: the opioid agonist or the opioid antagonist. This combination is between two ' +
      'co-medications; baclofen does not change it.',
    evidence: 'label',
    sources: ['naltrexone-smpc', 'nalmefene-smpc'],
    sides: [
      { label: 'opioid agonist', classIds: ['opioids'] },
      { label: 'naltrexone or nalmefene', generics: ['naltrexone', 'nalmefene'] },
    ],
  },
];

/**
 * A §6 row that depends on renal function (spec §6, ruleset 1.2): fires when one of `generics` is
 * present and the caller gives a Cockcroft–Gault CrCl below `crclBelowMlMin`, or a renal band in
 * `bands` (dialysis: kidney failure, whatever the computed CrCl says).
 */
export interface RenalDrugRule {
  /** The finding's rule id is `interaction.<id>`; its subject is the generic name. */
  id: string;
  generics: readonly string[];
  severity: Severity;
  crclBelowMlMin: number;
  bands: readonly RenalBand[];
  title: string;
  mechanism: string;
  action: string;
  evidence: Evidence;
  sources: readonly string[];
}

export const RENAL_DRUG_RULES: readonly RenalDrugRule[] = [
  {
    id: 'acamprosate-renal',
    generics: ['acamprosate'],
    severity: 'contraindicated',
    crclBelowMlMin: 30,
    bands: ['dialysis'],
    title: 'Acamprosate with CrCl < 30 mL/min: contraindicated',
    mechanism:
      'Acamprosate is cleared by the kidneys and is contraindicated in severe renal impairment ' +
      '(CrCl < 30 mL/min).',
    action: 'Stop or avoid acamprosate.',
    evidence: 'label',
    sources: ['acamprosate-smpc'],
  },
];
