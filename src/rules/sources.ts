/**
 * The bibliography every rule cites. Findings and explain steps carry these keys in `sources`;
 * the UI and PDF resolve them here so each number links to something a clinician can open.
 * Links are PubMed searches or the issuing body's site, so they never point at a guessed DOI.
 */
import type { Evidence } from './types';

export interface Source {
  key: string;
  citation: string;
  url: string;
  evidence: Evidence;
}

const pubmed = (term: string) => `https://pubmed.ncbi.nlm.nih.gov/?term=${encodeURIComponent(term)}`;

export const SOURCES: Readonly<Record<string, Source>> = {
  'addolorato-2002': {
    key: 'addolorato-2002',
    citation:
      'Addolorato G et al. Baclofen efficacy in reducing alcohol craving and intake. Alcohol Alcohol 2002;37:504–8',
    url: pubmed('Addolorato baclofen Alcohol Alcohol 2002 37 504'),
    evidence: 'trial',
  },
  'addolorato-2007': {
    key: 'addolorato-2007',
    citation:
      'Addolorato G et al. Effectiveness and safety of baclofen for maintenance of alcohol abstinence in alcohol-dependent patients with liver cirrhosis. Lancet 2007;370:1915–22',
    url: pubmed('Addolorato baclofen cirrhosis Lancet 2007 370 1915'),
    evidence: 'trial',
  },
  'addolorato-2011': {
    key: 'addolorato-2011',
    citation:
      'Addolorato G et al. Dose-response effect of baclofen in reducing daily alcohol intake. Alcohol Alcohol 2011;46:312–7',
    url: pubmed('Addolorato dose-response baclofen Alcohol Alcohol 2011 46 312'),
    evidence: 'trial',
  },
  'garbutt-2010': {
    key: 'garbutt-2010',
    citation:
      'Garbutt JC et al. Efficacy and safety of baclofen for alcohol dependence: a randomized, double-blind, placebo-controlled trial. Alcohol Clin Exp Res 2010;34:1849–57',
    url: pubmed('Garbutt baclofen alcohol dependence 2010 randomized'),
    evidence: 'trial',
  },
  'morley-2018': {
    key: 'morley-2018',
    citation:
      'Morley KC et al. Baclofen in the treatment of alcohol dependence with or without liver disease: multisite, randomised, double-blind, placebo-controlled trial. Br J Psychiatry 2018;212:362–9',
    url: pubmed('Morley baclofen alcohol dependence liver disease 2018 Br J Psychiatry'),
    evidence: 'trial',
  },
  'reynaud-2017': {
    key: 'reynaud-2017',
    citation:
      'Reynaud M et al. A randomized, placebo-controlled study of high-dose baclofen in alcohol-dependent patients — the ALPADIR study. Alcohol Alcohol 2017;52:439–46',
    url: pubmed('Reynaud ALPADIR baclofen Alcohol Alcohol 2017'),
    evidence: 'trial',
  },
  'muller-2015': {
    key: 'muller-2015',
    citation:
      'Müller CA et al. High-dose baclofen for the treatment of alcohol dependence (BACLAD study). Eur Neuropsychopharmacol 2015;25:1167–77',
    url: pubmed('Muller BACLAD high-dose baclofen Eur Neuropsychopharmacol 2015'),
    evidence: 'trial',
  },
  'bacloville-2020': {
    key: 'bacloville-2020',
    citation:
      'Jaury P, Rigal L et al. High-dose baclofen for alcohol use disorder: the Bacloville randomized trial. Addiction 2020',
    url: pubmed('Bacloville baclofen Addiction 2020 Rigal Jaury'),
    evidence: 'trial',
  },
  'ansm-rtu-2014': {
    key: 'ansm-rtu-2014',
    citation:
      'ANSM. Recommandation temporaire d’utilisation (RTU) du baclofène dans l’alcoolo-dépendance, 2014 (and 2017 amendment)',
    url: 'https://ansm.sante.fr/',
    evidence: 'guideline',
  },
  'ansm-2017': {
    key: 'ansm-2017',
    citation: 'ANSM/CNAMTS. Baclofène et alcoolo-dépendance: cohort study and RTU amendment, 2017',
    url: 'https://ansm.sante.fr/',
    evidence: 'guideline',
  },
  'baclocur-smpc-2018': {
    key: 'baclocur-smpc-2018',
    citation: 'Baclocur (baclofen) Summary of Product Characteristics, France 2018, §4.2–4.5',
    url: 'https://base-donnees-publique.medicaments.gouv.fr/',
    evidence: 'label',
  },
  'pms-baclofen': {
    key: 'pms-baclofen',
    citation: 'PMS-Baclofen product monograph (Canada)',
    url: 'https://health-products.canada.ca/dpd-bdpp/',
    evidence: 'label',
  },
  'fda-label': {
    key: 'fda-label',
    citation: 'US FDA baclofen prescribing information (tablets, oral solution)',
    url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=baclofen',
    evidence: 'label',
  },
  'swiss-smpc': {
    key: 'swiss-smpc',
    citation: 'Lioresal (baclofen) Swiss product information',
    url: 'https://www.swissmedicinfo.ch/',
    evidence: 'label',
  },
  'lioresal-leaflet': {
    key: 'lioresal-leaflet',
    citation: 'Lioresal (baclofen) patient leaflet',
    url: 'https://www.medicines.org.uk/emc/search?q=baclofen',
    evidence: 'label',
  },
  'fda-2016-opioids': {
    key: 'fda-2016-opioids',
    citation:
      'FDA Drug Safety Communication (2016): boxed warning on combined use of opioids and benzodiazepines',
    url: 'https://www.fda.gov/drugs/drug-safety-and-availability',
    evidence: 'guideline',
  },
  'fda-2017-oud': {
    key: 'fda-2017-oud',
    citation:
      'FDA Drug Safety Communication (2017): do not withhold opioid addiction medications from patients taking benzodiazepines or CNS depressants',
    url: 'https://www.fda.gov/drugs/drug-safety-and-availability',
    evidence: 'guideline',
  },
  'fda-2019-gabapentinoids': {
    key: 'fda-2019-gabapentinoids',
    citation:
      'FDA Drug Safety Communication (2019): serious breathing difficulties with gabapentin and pregabalin',
    url: 'https://www.fda.gov/drugs/drug-safety-and-availability',
    evidence: 'guideline',
  },
  'fda-2012-oxybate': {
    key: 'fda-2012-oxybate',
    citation: 'Xyrem (sodium oxybate) US prescribing information, 2012',
    url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=sodium+oxybate',
    evidence: 'label',
  },
  'vlavonou-2014': {
    key: 'vlavonou-2014',
    citation:
      'Vlavonou R et al. Pharmacokinetic characterization of baclofen in patients with chronic kidney disease: dose adjustment recommendations. J Clin Pharmacol 2014;54:584–92',
    url: pubmed('Vlavonou baclofen chronic kidney disease J Clin Pharmacol 2014'),
    evidence: 'pk-study',
  },
  'wolf-2018': {
    key: 'wolf-2018',
    citation: 'Wolf E et al. Baclofen toxicity in kidney disease. Am J Kidney Dis 2018;71:275–80',
    url: pubmed('Wolf baclofen toxicity kidney disease Am J Kidney Dis 2018'),
    evidence: 'guideline',
  },
  'beers-2023': {
    key: 'beers-2023',
    citation:
      'American Geriatrics Society 2023 updated AGS Beers Criteria for potentially inappropriate medication use in older adults. J Am Geriatr Soc 2023',
    url: pubmed('2023 AGS Beers Criteria J Am Geriatr Soc'),
    evidence: 'guideline',
  },
  'muanda-2019': {
    key: 'muanda-2019',
    citation:
      'Muanda FT et al. Association of baclofen with encephalopathy in patients with chronic kidney disease. JAMA 2019;322:1987–95',
    url: pubmed('Muanda baclofen encephalopathy chronic kidney disease JAMA 2019'),
    evidence: 'pk-study',
  },
  'wuis-1989': {
    key: 'wuis-1989',
    citation:
      'Wuis EW et al. Plasma and urinary excretion kinetics of oral baclofen in healthy subjects. Eur J Clin Pharmacol 1989;37:181–4',
    url: pubmed('Wuis baclofen kinetics healthy subjects Eur J Clin Pharmacol 1989'),
    evidence: 'pk-study',
  },
  'brvar-2007': {
    key: 'brvar-2007',
    citation: 'Brvar M et al. Haemodialysis clearance of baclofen. Eur J Clin Pharmacol 2007',
    url: pubmed('Brvar haemodialysis clearance baclofen 2007'),
    evidence: 'pk-study',
  },
  'franchitto-2018': {
    key: 'franchitto-2018',
    citation:
      'Franchitto N et al. Deliberate intoxication with baclofen in alcohol-dependent patients: toxicology and outcomes, 2018',
    url: pubmed('Franchitto baclofen intoxication alcohol 2018'),
    evidence: 'pk-study',
  },
  'leger-2017': {
    key: 'leger-2017',
    citation:
      'Léger M et al. Baclofen self-poisoning in patients with alcohol dependence: a national multicentre study, 2017',
    url: pubmed('Leger baclofen self-poisoning alcohol dependence 2017'),
    evidence: 'pk-study',
  },
  'boels-2017': {
    key: 'boels-2017',
    citation:
      'Boels D et al. Baclofen and alcohol-dependent patients: a real risk of severe self-poisoning. Basic Clin Pharmacol Toxicol 2017',
    url: pubmed('Boels baclofen self-poisoning alcohol-dependent 2017'),
    evidence: 'pk-study',
  },
  'guerzoni-2018': {
    key: 'guerzoni-2018',
    citation:
      'Guerzoni S et al. Current and emerging pharmacological treatments for alcohol use disorder: drug interactions. Pharmacol Res 2018;133:65–76',
    url: pubmed('Guerzoni alcohol use disorder pharmacotherapy Pharmacol Res 2018'),
    evidence: 'pk-study',
  },
  'olivier-2016': {
    key: 'olivier-2016',
    citation:
      'Olivier PY et al. Severe central sleep apnea associated with chronic baclofen therapy. Chest 2016',
    url: pubmed('Olivier central sleep apnea baclofen Chest 2016'),
    evidence: 'pk-study',
  },
  'revol-2018': {
    key: 'revol-2018',
    citation: 'Revol B et al. Baclofen and sleep apnoea syndrome: analysis of VigiBase, 2018',
    url: pubmed('Revol baclofen sleep apnoea 2018'),
    evidence: 'pk-study',
  },
  lactmed: {
    key: 'lactmed',
    citation: 'Drugs and Lactation Database (LactMed): Baclofen',
    url: 'https://www.ncbi.nlm.nih.gov/books/NBK501808/',
    evidence: 'label',
  },
  'inker-2021': {
    key: 'inker-2021',
    citation:
      'Inker LA et al. New creatinine- and cystatin C–based equations to estimate GFR without race. N Engl J Med 2021;385:1737–49 (NKF/ASN 2021)',
    url: pubmed('Inker new creatinine cystatin C equations without race NEJM 2021'),
    evidence: 'guideline',
  },
  'kdigo-2012': {
    key: 'kdigo-2012',
    citation:
      'Kidney Disease: Improving Global Outcomes (KDIGO) Acute Kidney Injury Work Group. KDIGO Clinical Practice Guideline for Acute Kidney Injury. Kidney Int Suppl 2012;2:1–138',
    url: 'https://kdigo.org/guidelines/acute-kidney-injury/',
    evidence: 'guideline',
  },
  'cockcroft-gault-1976': {
    key: 'cockcroft-gault-1976',
    citation:
      'Cockcroft DW, Gault MH. Prediction of creatinine clearance from serum creatinine. Nephron 1976;16:31–41',
    url: pubmed('Cockcroft Gault prediction of creatinine clearance Nephron 1976'),
    evidence: 'pk-study',
  },
  'devine-1974': {
    key: 'devine-1974',
    citation: 'Devine BJ. Gentamicin therapy. Drug Intell Clin Pharm 1974;8:650–5 (ideal body weight)',
    url: pubmed('Devine gentamicin therapy 1974'),
    evidence: 'pk-study',
  },
  'clincalc-weight': {
    key: 'clincalc-weight',
    citation: 'ClinCalc / GlobalRPh practice: weight selection for Cockcroft–Gault (bacloplan default)',
    url: 'https://clincalc.com/kinetics/crcl.aspx',
    evidence: 'default',
  },
  mims: {
    key: 'mims',
    citation: 'MIMS baclofen monograph',
    url: 'https://www.mims.co.uk/',
    evidence: 'label',
  },
  'bacloplan-default': {
    key: 'bacloplan-default',
    citation: 'bacloplan default — a safety choice where sources are silent; configurable',
    url: '/about#defaults',
    evidence: 'default',
  },
  'acamprosate-smpc': {
    key: 'acamprosate-smpc',
    citation:
      'Acamprosate (Campral, Aotal) Summary of Product Characteristics: contraindicated at CrCl < 30 mL/min',
    url: 'https://www.medicines.org.uk/emc/search?q=acamprosate',
    evidence: 'label',
  },
  'naltrexone-smpc': {
    key: 'naltrexone-smpc',
    citation:
      'Naltrexone hydrochloride (e.g. Revia, Adepend) Summary of Product Characteristics: contraindicated with opioid analgesics and in opioid-dependent patients (precipitated withdrawal)',
    url: 'https://www.medicines.org.uk/emc/search?q=naltrexone',
    evidence: 'label',
  },
  'nalmefene-smpc': {
    key: 'nalmefene-smpc',
    citation:
      'Nalmefene (Selincro) Summary of Product Characteristics: contraindicated in patients taking opioid agonists or partial agonists (e.g. methadone, buprenorphine)',
    url: 'https://www.ema.europa.eu/en/medicines/human/EPAR/selincro',
    evidence: 'label',
  },
  'bupropion-smpc': {
    key: 'bupropion-smpc',
    citation:
      'Bupropion (Zyban, Wellbutrin) Summary of Product Characteristics: lowers the seizure threshold; not for patients undergoing abrupt withdrawal from alcohol or from medicines whose withdrawal risks seizures',
    url: 'https://www.medicines.org.uk/emc/search?q=bupropion',
    evidence: 'label',
  },
  'antiepileptic-labels': {
    key: 'antiepileptic-labels',
    citation:
      'Antiepileptic product labels (carbamazepine, valproate, levetiracetam, lamotrigine, phenytoin, lacosamide, oxcarbazepine): somnolence and CNS depression; "seizure medications" in CNS-depressant lists',
    url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=antiepileptic',
    evidence: 'label',
  },
  'snri-labels': {
    key: 'snri-labels',
    citation: 'Venlafaxine and duloxetine product labels: somnolence',
    url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=venlafaxine',
    evidence: 'label',
  },
};

/** Resolve a source key; unknown keys come back as a plain citation so nothing is dropped. */
export function resolveSource(key: string): Source {
  return SOURCES[key] ?? { key, citation: key, url: '', evidence: 'default' };
}
