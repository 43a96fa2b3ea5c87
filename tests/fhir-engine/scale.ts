/**
 * Data for the scale measurements (issue 17): a practice of many patients, and one long chart. Built
 * with the demo cohort's builders, so every resource has the shapes the app reads; deterministic (no
 * random numbers, no clock), so two bench runs load the same data.
 */
import type { Resource } from '@medplum/fhirtypes';
import {
  bornYearsAgo,
  creatinineBloodMgDl,
  creatinineMgDl,
  height,
  patient,
  prescribed,
  takes,
  weight,
} from '../../mocks/fhir/builders';
import type { FhirEngine } from './engine';

const GIVEN = [
  'Anne',
  'Bernard',
  'Claire',
  'Denis',
  'Élise',
  'François',
  'Gisèle',
  'Hugo',
  'Inès',
  'Jules',
  'Karine',
  'Louis',
  'Maëlle',
  'Nicolas',
  'Océane',
  'Pascal',
  'Quentin',
  'Rose',
  'Sébastien',
  'Thérèse',
  'Ulysse',
  'Valérie',
  'William',
  'Xavier',
  'Yasmine',
  'Zoé',
  'Amélie',
  'Benoît',
  'Céline',
  'Damien',
];
const FAMILY = [
  'Martin',
  'Bernard',
  'Thomas',
  'Petit',
  'Robert',
  'Richard',
  'Durand',
  'Dubois',
  'Moreau',
  'Laurent',
  'Simon',
  'Michel',
  'Lefèvre',
  'Leroy',
  'Roux',
  'David',
  'Bertrand',
  'Morel',
  'Fournier',
  'Girard',
  'Bonnet',
  'Dupont',
  'Lambert',
  'Fontaine',
  'Rousseau',
  'Vincent',
  'Müller',
  'Faure',
  'André',
  'Mercier',
  'Blanc',
  'Guérin',
  'Boyer',
  'Garnier',
  'Chevalier',
  'François',
  'Legrand',
  'Gauthier',
  'Garcia',
  'Perrin',
];

export const SCALE_ID_PREFIX = 'scale-';
export const BIG_CHART_ID = 'big-chart';

/** The n-th practice patient (0-based): a name, a record number SC-xxxxxx, an age from 18 to 90. */
export function practicePatient(index: number) {
  const given = GIVEN[index % GIVEN.length] as string;
  const family = FAMILY[Math.floor(index / GIVEN.length) % FAMILY.length] as string;
  return patient({
    id: `${SCALE_ID_PREFIX}${String(index).padStart(5, '0')}`,
    given: [given],
    family,
    gender: index % 2 === 0 ? 'female' : 'male',
    birthDate: bornYearsAgo(18 + (index % 73), `${String((index % 12) + 1).padStart(2, '0')}-15`),
    mrn: `SC-${String(100000 + index)}`,
  });
}

/** A long chart: `observations` renal and body-size results over years, `medications` records. */
export function bigChart({ observations = 2000, medications = 300 } = {}): Resource[] {
  const id = BIG_CHART_ID;
  const resources: Resource[] = [
    patient({
      id,
      given: ['Marcel'],
      family: 'Longuechart',
      gender: 'male',
      birthDate: bornYearsAgo(67, '05-20'),
      mrn: 'SC-BIG-0001',
    }),
  ];
  for (let index = 0; index < observations; index += 1) {
    const daysBefore = 3 + index * 2;
    const kind = index % 4;
    // A slow rise in creatinine with a small wobble; weight and height around fixed values.
    const scr =
      Math.round((1.1 + ((observations - index) / observations) * 0.6 + (index % 5) * 0.02) * 100) / 100;
    if (kind === 0) resources.push(creatinineMgDl(id, daysBefore, scr));
    else if (kind === 1) resources.push(creatinineBloodMgDl(id, daysBefore, scr));
    else if (kind === 2) resources.push(weight(id, daysBefore, 78 + (index % 7)));
    else resources.push(height(id, daysBefore, 176));
  }
  const drugs = [
    { display: 'sertraline', text: 'Sertraline 50 mg tablet', rxnorm: '36437' },
    { display: 'amlodipine', text: 'Amlodipine 5 mg tablet', rxnorm: '17767' },
    { display: 'zopiclone', text: 'Imovane 7.5 mg tablet' },
    { display: 'paracetamol', text: 'Paracetamol 1 g tablet' },
    { display: 'omeprazole', text: 'Omeprazole 20 mg capsule' },
  ];
  for (let index = 0; index < medications; index += 1) {
    const drug = drugs[index % drugs.length] as (typeof drugs)[number];
    const status = index < medications - 20 ? 'completed' : 'active';
    resources.push(
      index % 2 === 0
        ? takes(id, drug, { sinceDaysAgo: 10 + index * 5, status })
        : prescribed(id, drug, {
            authoredDaysAgo: 10 + index * 5,
            status: status === 'completed' ? 'completed' : 'active',
          }),
    );
  }
  return resources;
}

/** Loads `count` practice patients and the long chart, in transactions of 500. */
export async function loadScale(engine: FhirEngine, count = 10_000): Promise<void> {
  const resources: Resource[] = [];
  for (let index = 0; index < count; index += 1) resources.push(practicePatient(index));
  resources.push(...bigChart());
  for (let start = 0; start < resources.length; start += 500) {
    const entry = resources.slice(start, start + 500).map((resource) => ({
      resource,
      request: { method: 'PUT' as const, url: `${resource.resourceType}/${resource.id}` },
    }));
    const answer = await engine.request('POST', '', { resourceType: 'Bundle', type: 'batch', entry });
    if (answer.status >= 400)
      throw new Error(`Scale data refused: ${JSON.stringify(answer.body).slice(0, 400)}`);
  }
}
