/**
 * Dose thresholds of spec §4 (profile `standard`) as data, so the chart can draw them and the planner
 * can raise the matching findings from the same numbers.
 */
import type { Evidence, Severity } from './types';

export interface DoseThreshold {
  /** The finding applies when the plan's daily dose is strictly above this. */
  mgPerDay: number;
  ruleId: string;
  severity: Severity;
  /** Short label for a chart line. */
  label: string;
  title: string;
  detail: string;
  action?: string;
  evidence: Evidence;
  sources: string[];
}

export const DOSE_THRESHOLDS: readonly DoseThreshold[] = [
  {
    mgPerDay: 80,
    ruleId: 'threshold.80',
    severity: 'major',
    label: '80 mg/day — French authorised maximum',
    title: 'Above 80 mg/day: above the French authorised maximum',
    detail:
      'Above the French authorised maximum (Baclocur 2018). ANSM/CNAMTS cohort: 75–180 mg/day hospitalisation +15 %, death × 1.5; > 180 mg/day death × 2.27.',
    action: 'Check that the benefit justifies the dose; screen for sleep apnoea and sedation.',
    evidence: 'guideline',
    sources: ['baclocur-smpc-2018', 'ansm-2017'],
  },
  {
    mgPerDay: 120,
    ruleId: 'threshold.120',
    severity: 'major',
    label: '120 mg/day — second opinion',
    title: 'Above 120 mg/day: second opinion recommended',
    detail: 'Above 120 mg/day a second opinion is recommended (ANSM RTU 2014).',
    action: 'Obtain a second opinion before escalating past 120 mg/day.',
    evidence: 'guideline',
    sources: ['ansm-rtu-2014'],
  },
  {
    mgPerDay: 180,
    ruleId: 'threshold.180',
    severity: 'major',
    label: '180 mg/day — collegial specialist opinion',
    title: 'Above 180 mg/day: collegial opinion from a specialist addiction service required',
    detail:
      'Above 180 mg/day a collegial opinion from a specialist addiction service is required (ANSM RTU 2014).',
    action:
      'Obtain a collegial opinion from a specialist addiction service before escalating past 180 mg/day.',
    evidence: 'guideline',
    sources: ['ansm-rtu-2014'],
  },
  {
    mgPerDay: 300,
    ruleId: 'threshold.300',
    severity: 'hard-stop',
    label: '300 mg/day — hard ceiling',
    title: 'Above 300 mg/day: never planned',
    detail:
      '300 mg/day is the hard ceiling (ANSM RTU 2014 ceiling; Bacloville maximum); bacloplan never plans above it.',
    evidence: 'guideline',
    sources: ['ansm-rtu-2014', 'bacloville-2020'],
  },
];

/** The French authorised maximum used by profile `fr-2018` (Baclocur SmPC 2018). */
export const FR_2018_MAX_MG_PER_DAY = 80;
