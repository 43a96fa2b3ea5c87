/**
 * A chart put through the rules module: renal band (when the chart has enough data), interaction and
 * caution findings per medication and condition, and the flags the patient list shows. Pure: the
 * day is an argument.
 */
import {
  ALCOHOL_RULE_ID,
  assessRenal,
  checkCreatinineUnit,
  checkInteractions,
  RulesInputError,
} from '../rules';
import type { Finding, RenalAssessment, RenalInput, Severity } from '../rules';
import {
  ageInYears,
  conditionInput,
  conditionInputs,
  daysBetween,
  isStale,
  medicationInput,
  medicationInputs,
  BACLOFEN_HYPERSENSITIVITY,
  type ChartCondition,
  type ChartMedication,
  type CreatinineResult,
  type PatientChart,
} from './mapping';

export type ChartRenal =
  | { status: 'assessed'; input: RenalInput; assessment: RenalAssessment }
  | { status: 'missing'; missing: string[] }
  | { status: 'unit-suspect'; creatinine: CreatinineResult; finding: Finding }
  | { status: 'invalid'; message: string; field: string };

/** The chart keeps result dates only, so hours between two results are counted in whole days. */
const HOURS_PER_DAY = 24;
const MAX_PREVIOUS_HOURS = 8760;

/**
 * The result before the latest, for the KDIGO steady-state check (spec §2.4): only an earlier day's
 * plausible value; the hours between them are the days between the two dates × 24.
 */
function previousCreatinineOf(results: readonly CreatinineResult[]): Pick<RenalInput, 'previousCreatinine'> {
  const [latest, previous] = results;
  if (!latest || !previous || previous.unitSuspect || latest.unitSuspect) return {};
  const hoursBefore = daysBetween(previous.date, latest.date) * HOURS_PER_DAY;
  if (!(hoursBefore > 0 && hoursBefore <= MAX_PREVIOUS_HOURS)) return {};
  return { previousCreatinine: { value: previous.value, unit: previous.unit, hoursBefore } };
}

/** The renal input a chart supports, or what it lacks. Dialysis is read from the conditions. */
export function chartRenalInput(
  chart: PatientChart,
  today: string,
): { input?: RenalInput; missing: string[] } {
  const missing: string[] = [];
  const age = ageInYears(chart.patient.birthDate, today);
  if (age === undefined) missing.push('birth date');
  if (!chart.patient.sex) missing.push('sex (female or male)');
  const creatinine = chart.labs.creatinine[0];
  if (!creatinine) missing.push('creatinine');
  const weight = chart.labs.weights[0];
  if (!weight) missing.push('weight');
  if (missing.length > 0 || age === undefined || !chart.patient.sex || !creatinine || !weight)
    return { missing };
  const height = chart.labs.heights[0];
  return {
    missing,
    input: {
      ageYears: age,
      sex: chart.patient.sex,
      weightKg: weight.value,
      ...(height ? { heightCm: height.value } : {}),
      creatinine: { value: creatinine.value, unit: creatinine.unit },
      ...previousCreatinineOf(chart.labs.creatinine),
      onDialysis: chart.onDialysis,
    },
  };
}

export function assessChartRenal(chart: PatientChart, today: string): ChartRenal {
  const { input, missing } = chartRenalInput(chart, today);
  if (!input) return { status: 'missing', missing };
  const creatinine = chart.labs.creatinine[0];
  const unitFinding = checkCreatinineUnit(input.creatinine.value, input.creatinine.unit);
  // A band computed from a value in the wrong unit would look authoritative and be wrong.
  if (unitFinding && creatinine) return { status: 'unit-suspect', creatinine, finding: unitFinding };
  try {
    return { status: 'assessed', input, assessment: assessRenal(input) };
  } catch (error) {
    if (error instanceof RulesInputError)
      return { status: 'invalid', message: error.message, field: error.field };
    throw error;
  }
}

/** Severities that count a medication as "interacting" on the list (minor ones show on the chart only). */
export const INTERACTING: ReadonlySet<Severity> = new Set([
  'hard-stop',
  'contraindicated',
  'major',
  'moderate',
]);

export interface MedicationReview {
  medication: ChartMedication;
  findings: Finding[];
  /** True when the rules module did not recognise the drug ("not checked", never silently ignored). */
  notChecked: boolean;
}

export interface ConditionReview {
  condition: ChartCondition;
  findings: Finding[];
  notChecked: boolean;
}

export interface ChartReview {
  medications: MedicationReview[];
  conditions: ConditionReview[];
  /** Findings of the whole list together (e.g. several CNS depressants), from one call. */
  combined: Finding[];
  allFindings: Finding[];
  unrecognized: string[];
  interactingMedicationCount: number;
  /** Conditions with a caution of moderate severity or more (incl. a baclofen allergy). */
  cautionCount: number;
}

/** The alcohol row is on every result (spec §6: alcohol is always present in AUD), never a row's own. */
function ownFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => finding.ruleId !== ALCOHOL_RULE_ID);
}

/**
 * Interactions and cautions: each medication and condition checked on its own (so each row shows its
 * own findings), and the whole list once for findings that only arise together — with the chart's
 * renal assessment, when there is one, so acamprosate at CrCl < 30 and chart conditions that disagree
 * with the band are found (spec §2.4, §6).
 */
export function reviewChart(chart: PatientChart, renal?: RenalAssessment): ChartReview {
  const medications = chart.medications.map((medication) => {
    const result = checkInteractions([medicationInput(medication)]);
    return { medication, findings: ownFindings(result.findings), notChecked: result.unrecognized.length > 0 };
  });
  const conditions = chart.conditions.map((condition) => {
    const result = checkInteractions([], [conditionInput(condition)]);
    return { condition, findings: ownFindings(result.findings), notChecked: result.unrecognized.length > 0 };
  });
  const all = checkInteractions(
    medicationInputs(chart.medications),
    conditionInputs(chart.conditions, chart.allergies),
    renal ? { crclMlMin: renal.crclMlMin, renalBand: renal.band } : {},
  );
  const individual = new Set(
    [...medications, ...conditions].flatMap((review) =>
      review.findings.map((finding) => `${finding.ruleId}|${finding.subject ?? ''}`),
    ),
  );
  const combined = all.findings.filter(
    (finding) => !individual.has(`${finding.ruleId}|${finding.subject ?? ''}`),
  );
  const allergyCautions = combined.filter((finding) =>
    /hypersensitivity|allerg/i.test(`${finding.subject ?? ''} ${finding.title}`),
  );
  return {
    medications,
    conditions,
    combined,
    allFindings: all.findings,
    unrecognized: all.unrecognized.filter((name) => name !== BACLOFEN_HYPERSENSITIVITY),
    interactingMedicationCount: medications.filter((review) =>
      review.findings.some((finding) => INTERACTING.has(finding.severity)),
    ).length,
    cautionCount:
      conditions.filter((review) => review.findings.some((finding) => INTERACTING.has(finding.severity)))
        .length + (allergyCautions.length > 0 ? 1 : 0),
  };
}

export type LabStatus =
  | { status: 'none' }
  | { status: 'current'; date: string; ageDays: number }
  | { status: 'stale'; date: string; ageDays: number };

/** Whether the latest creatinine is recent enough to plan on (> 90 days is stale). */
export function creatinineStatus(chart: Pick<PatientChart, 'labs'>, today: string): LabStatus {
  const latest = chart.labs.creatinine[0];
  if (!latest) return { status: 'none' };
  const ageDays = daysBetween(latest.date, today);
  return { status: isStale(latest.date, today) ? 'stale' : 'current', date: latest.date, ageDays };
}
