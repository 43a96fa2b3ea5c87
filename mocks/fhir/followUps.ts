/**
 * Demo patients followed at visits (spec §9), so `npm start` shows the follow-up at once: each has a
 * plan and 4–6 visits, every suggestion computed by the rules (suggestAtVisit) and accepted, exactly
 * as the planner would. Dates count back from the demo day; ids are fixed (same data every time).
 */
import type { Bundle } from '@medplum/fhirtypes';
import {
  assessRenal,
  buildPlan,
  suggestAtVisit,
  type PlanInput,
  type RenalInput,
  type Visit,
} from '../../src/rules';
import { planToFhir } from '../../src/fhir/plans';
import { visitToFhir } from '../../src/fhir/visits';
import type { VisitRecord } from '../../src/lib/db';
import { daysAgo } from './builders';

interface VisitSpec {
  /** Days after the plan started. */
  day: number;
  /** The dose taken, when it differs from the plan's dose that day. */
  taken?: number;
  drinks: number;
  craving: number;
  sideEffects?: Visit['sideEffects'];
}

interface FollowUpSpec {
  patientId: string;
  /** Two hex digits that make this patient's UUIDs. */
  seed: string;
  renal: RenalInput;
  regimenId: string;
  regimenName: string;
  startDaysAgo: number;
  drinkSizeG: number;
  visits: VisitSpec[];
}

const addDays = (iso: string, days: number) => {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

function uuidMaker(seed: string) {
  let counter = 0;
  return () => `5e1f0a2b-${seed}00-4c3d-8e9f-${String((counter += 1)).padStart(12, '0')}`;
}

function followUp(spec: FollowUpSpec): { visitBundles: Bundle[]; planBundle: Bundle } {
  const renal = assessRenal(spec.renal);
  const start = daysAgo(spec.startDaysAgo);
  let input: PlanInput = { regimenId: spec.regimenId, startDate: start, renal };
  const uuid = uuidMaker(spec.seed);
  const history: Visit[] = [];
  const visitBundles: Bundle[] = [];
  for (const item of spec.visits) {
    const date = addDays(start, item.day);
    const plan = buildPlan(input);
    const planned = plan.days.find((day) => day.date === date)?.totalMg;
    const visit: Visit = {
      date,
      // Past the end of the plan (a review date), the patient goes on with the last dose.
      doseTakenMgPerDay: item.taken ?? planned ?? history.at(-1)?.doseTakenMgPerDay ?? 0,
      adherence: 'full',
      drinksPerDay: item.drinks,
      drinkSizeG: spec.drinkSizeG,
      cravingScore: item.craving,
      ...(item.sideEffects ? { sideEffects: item.sideEffects } : {}),
    };
    const suggestion = suggestAtVisit({
      plan: input,
      sex: spec.renal.sex,
      visit,
      history,
      renalInput: spec.renal,
    });
    const record: VisitRecord = {
      uuid: uuid(),
      subjectKey: `patient:${spec.patientId}`,
      patientId: spec.patientId,
      visit,
      ...(planned !== undefined ? { plannedMgPerDay: planned } : {}),
      suggestion: { action: suggestion.action, ruleId: suggestion.ruleId, accepted: true },
      recordedAt: `${date}T10:00:00Z`,
    };
    visitBundles.push(visitToFhir(record, { patientId: spec.patientId, uuid }));
    history.push(visit);
    input = suggestion.replan;
  }
  const plan = buildPlan(input);
  const planBundle = planToFhir(
    { plan, input, renal, findings: plan.findings, regimenName: spec.regimenName },
    {
      patientId: spec.patientId,
      planId: uuid(),
      createdAt: `${input.startDate}T10:30:00Z`,
      uuid,
    },
  );
  return { visitBundles, planBundle };
}

const FOLLOW_UPS: FollowUpSpec[] = [
  {
    // A responder: drinking and craving fall; the goal is met at two visits in a row → maintain.
    patientId: 'demo-05',
    seed: '05',
    renal: {
      ageYears: 50,
      sex: 'male',
      weightKg: 120,
      heightCm: 175,
      creatinine: { value: 1.0, unit: 'mg/dL' },
    },
    regimenId: 'baclocur-80',
    regimenName: 'Baclocur (flexible, up to 80 mg/day)',
    startDaysAgo: 63,
    drinkSizeG: 10,
    visits: [
      { day: 14, drinks: 8, craving: 8 },
      { day: 28, drinks: 6, craving: 6, sideEffects: { somnolence: 'mild' } },
      { day: 42, drinks: 3, craving: 3 },
      { day: 56, drinks: 2, craving: 2 },
    ],
  },
  {
    // Intolerance: somnolence at the same dose twice → the last tolerated dose is kept; no effect there
    // after six weeks → reassess, consider a taper.
    patientId: 'demo-25',
    seed: '25',
    renal: {
      ageYears: 57,
      sex: 'female',
      weightKg: 58,
      heightCm: 162,
      creatinine: { value: 1.3, unit: 'mg/dL' },
    },
    regimenId: 'baclocur-80',
    regimenName: 'Baclocur (flexible, up to 80 mg/day)',
    startDaysAgo: 100,
    drinkSizeG: 10,
    visits: [
      { day: 14, drinks: 6, craving: 7 },
      { day: 28, drinks: 5, craving: 6, sideEffects: { somnolence: 'troublesome' } },
      { day: 35, drinks: 5, craving: 6, sideEffects: { somnolence: 'troublesome' } },
      { day: 49, drinks: 5, craving: 6 },
      { day: 91, drinks: 5, craving: 6 },
    ],
  },
  {
    // Steady titration with mild side effects; drinking down but not yet low-risk.
    patientId: 'demo-15',
    seed: '15',
    renal: {
      ageYears: 56,
      sex: 'male',
      weightKg: 81,
      heightCm: 174,
      creatinine: { value: 0.9, unit: 'mg/dL' },
    },
    regimenId: 'rtu-300',
    regimenName: 'RTU (flexible, high dose up to 300 mg/day)',
    startDaysAgo: 45,
    drinkSizeG: 10,
    visits: [
      { day: 10, drinks: 9, craving: 8 },
      { day: 24, drinks: 7, craving: 7, sideEffects: { nausea: 'mild' } },
      { day: 38, drinks: 6, craving: 5, sideEffects: { dizziness: 'mild' } },
    ],
  },
];

/** The transactions to seed: each followed patient's visits, then their active plan. */
export function followUpBundles(): { patientId: string; bundle: Bundle }[] {
  return FOLLOW_UPS.flatMap((spec) => {
    const { visitBundles, planBundle } = followUp(spec);
    return [
      ...visitBundles.map((bundle) => ({ patientId: spec.patientId, bundle })),
      { patientId: spec.patientId, bundle: planBundle },
    ];
  });
}
