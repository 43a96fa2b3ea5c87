/**
 * The flags a patient row shows, from the chart and the rules module. Each is a word + icon (+ colour),
 * with a longer description for hover, focus and screen readers.
 */
import {
  IconAlertTriangle,
  IconClockExclamation,
  IconFlaskOff,
  IconHelpCircle,
  IconInfoCircle,
  IconPill,
  IconStethoscope,
  type Icon,
} from '@tabler/icons-react';
import { assessChartRenal, creatinineStatus, reviewChart, INTERACTING } from '../../fhir/assess';
import type { PatientChart } from '../../fhir/mapping';
import { severityRank, type Finding, type Severity } from '../../rules';
import { BAND_TONE, SEVERITY_TONE } from './severity';
import { formatNumber } from './format';

export interface FlagSpec {
  key: string;
  label: string;
  color: string;
  Icon: Icon;
  description: string;
}

function worst(findings: readonly Finding[]): Severity | undefined {
  return [...findings].sort((a, b) => severityRank(a.severity) - severityRank(b.severity))[0]?.severity;
}

const DECIDED_BY = {
  'cockcroft-gault': 'Cockcroft–Gault',
  'ckd-epi-2021': 'CKD-EPI 2021',
  dialysis: 'dialysis',
} as const;

export function listFlags(chart: PatientChart, today: string): FlagSpec[] {
  const flags: FlagSpec[] = [];
  const labs = creatinineStatus(chart, today);
  const renal = assessChartRenal(chart, today);

  if (chart.onDialysis) {
    flags.push({
      key: 'renal',
      ...BAND_TONE.dialysis,
      description: 'On renal dialysis (from the problem list): hard stop for baclofen.',
    });
  } else if (renal.status === 'assessed') {
    const { assessment } = renal;
    flags.push({
      key: 'renal',
      ...BAND_TONE[assessment.band],
      description:
        `CrCl ${formatNumber(assessment.crclMlMin, 1)} mL/min (Cockcroft–Gault, ${assessment.weightBasis} weight), ` +
        `eGFR ${formatNumber(assessment.egfrMlMin173, 1)} mL/min/1.73 m²; band decided by ${DECIDED_BY[assessment.decidedBy]}.`,
    });
  } else if (renal.status === 'unit-suspect') {
    flags.push({
      key: 'renal',
      label: 'Check creatinine unit',
      color: 'red',
      Icon: IconAlertTriangle,
      description: `${renal.finding.title}: ${renal.finding.detail}`,
    });
  } else if (renal.status === 'invalid') {
    flags.push({
      key: 'renal',
      label: 'Check chart values',
      color: 'red',
      Icon: IconAlertTriangle,
      description: renal.message,
    });
  } else if (labs.status !== 'none') {
    flags.push({
      key: 'renal',
      label: 'Renal band: data missing',
      color: 'gray',
      Icon: IconInfoCircle,
      description: `The renal band needs ${renal.missing.join(', ')} on the chart.`,
    });
  }

  if (labs.status === 'none') {
    flags.push({
      key: 'labs',
      label: 'No labs',
      color: 'gray',
      Icon: IconFlaskOff,
      description: 'No serum creatinine on the chart: the renal check needs a recent one.',
    });
  } else if (labs.status === 'stale') {
    flags.push({
      key: 'labs',
      label: 'Stale labs',
      color: 'orange',
      Icon: IconClockExclamation,
      description: `The latest creatinine is ${labs.ageDays} days old (more than 90): recheck before planning.`,
    });
  }

  const review = reviewChart(chart);
  const interacting = review.medications.filter((item) =>
    item.findings.some((finding) => INTERACTING.has(finding.severity)),
  );
  if (interacting.length > 0) {
    const severity = worst(interacting.flatMap((item) => item.findings)) ?? 'moderate';
    flags.push({
      key: 'interactions',
      label: `${interacting.length} interacting ${interacting.length === 1 ? 'medicine' : 'medicines'}`,
      color: SEVERITY_TONE[severity].color,
      Icon: IconPill,
      description: `${SEVERITY_TONE[severity].label} at worst: ${interacting.map((item) => item.medication.name).join(', ')}.`,
    });
  }
  const notChecked = review.medications.filter((item) => item.notChecked);
  if (notChecked.length > 0) {
    flags.push({
      key: 'not-checked',
      label: `${notChecked.length} not checked`,
      color: 'gray',
      Icon: IconHelpCircle,
      description: `Not in bacloplan's interaction table, check yourself: ${notChecked.map((item) => item.medication.name).join(', ')}.`,
    });
  }
  const cautions = [
    ...review.conditions.filter((item) => item.findings.some((finding) => INTERACTING.has(finding.severity))),
  ];
  const allergyCaution = review.combined.filter((finding) =>
    /hypersensitivity/i.test(finding.subject ?? finding.title),
  );
  const cautionCount = cautions.length + (allergyCaution.length > 0 ? 1 : 0);
  if (cautionCount > 0) {
    const severity = worst([...cautions.flatMap((item) => item.findings), ...allergyCaution]) ?? 'moderate';
    const names = [
      ...cautions.map((item) => item.condition.name),
      ...(allergyCaution.length > 0 ? ['baclofen allergy'] : []),
    ];
    flags.push({
      key: 'cautions',
      label: `${cautionCount} ${cautionCount === 1 ? 'caution' : 'cautions'}`,
      color: SEVERITY_TONE[severity].color,
      Icon: IconStethoscope,
      description: `${SEVERITY_TONE[severity].label} at worst: ${names.join(', ')}.`,
    });
  }
  return flags;
}
