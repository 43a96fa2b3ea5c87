/**
 * RxNorm clinical and branded drug codes (SCD, SBD and the brand-name concepts charts carry) mapped to
 * the dictionary's generics (spec §6: "the clinical/branded drug codes that real charts carry, mapped to
 * their ingredients by an embedded table"). No network look-up: the public RxNav API is gone.
 *
 * Each row keeps the RxNorm display name it was taken from, and a test checks that the display names
 * the same generics by text, so a mistyped code or a wrong ingredient cannot hide here.
 *
 * Source of this version: the RxNorm codes with display names in the Synthea sample patients published
 * by smart-on-fhir/generated-sample-data (R4/SYNTHEA, commit 25ac8089, Apache-2.0), every one of them
 * whose ingredient is in the dictionary. It does not yet cover every product of every dictionary drug
 * (RxNorm has tens of thousands): a code not listed falls back to the chart's display text, and an
 * entry that matches neither is reported "not checked" (see src/rules/README.md).
 */
export const RXNORM_PRODUCTS_VERSION = 'synthea-samples-25ac8089';

export interface RxnormProduct {
  rxcui: string;
  /** The RxNorm name as the source shows it. */
  display: string;
  /** Dictionary generics (data/drugs.ts) the product contains. */
  generics: readonly string[];
}

export const RXNORM_PRODUCTS: readonly RxnormProduct[] = [
  { rxcui: '563026', display: 'Diazepam [Valium]', generics: ['diazepam'] },
  { rxcui: '1153378', display: 'Clonazepam [Klonopin]', generics: ['clonazepam'] },
  { rxcui: '308971', display: 'Carbamazepine[Tegretol]', generics: ['carbamazepine'] },
  { rxcui: '861467', display: 'Meperidine Hydrochloride 50 MG Oral Tablet', generics: ['pethidine'] },
  {
    rxcui: '1049630',
    display: 'diphenhydrAMINE Hydrochloride 25 MG Oral Tablet',
    generics: ['diphenhydramine'],
  },
  {
    rxcui: '477045',
    display: 'Chlorpheniramine Maleate 2 MG/ML Oral Solution',
    generics: ['chlorphenamine'],
  },
  { rxcui: '406022', display: 'Fluoxetine 25MG', generics: ['fluoxetine'] },
  { rxcui: '849574', display: 'Naproxen sodium 220 MG Oral Tablet', generics: ['naproxen'] },
  { rxcui: '316049', display: 'Hydrochlorothiazide 25 MG', generics: ['hydrochlorothiazide'] },
  { rxcui: '197361', display: 'Amlodipine 5 MG Oral Tablet', generics: ['amlodipine'] },
  { rxcui: '897718', display: 'Verapamil Hydrochloride 40 MG', generics: ['verapamil'] },
  {
    rxcui: '866414',
    display: '24 HR metoprolol succinate 100 MG Extended Release Oral Tablet [Toprol]',
    generics: ['metoprolol'],
  },
  { rxcui: '315971', display: 'Lasix 40mg', generics: ['furosemide'] },
  {
    rxcui: '860975',
    display: '24 HR Metformin hydrochloride 500 MG Extended Release Oral Tablet',
    generics: ['metformin'],
  },
  {
    rxcui: '106892',
    display:
      'insulin human, isophane 70 UNT/ML / Regular Insulin, Human 30 UNT/ML Injectable Suspension [Humulin]',
    generics: ['insulin'],
  },
];
