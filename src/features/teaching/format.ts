/** Display helpers shared by the teaching components; the rules return unrounded numbers. */
import { creatinineToMgDl, type RenalAssessment, type RenalBand } from '../../rules';

export const BAND_LABEL: Record<RenalBand, string> = {
  normal: 'Normal',
  mild: 'Mild',
  moderate: 'Moderate',
  severe: 'Severe',
  dialysis: 'Dialysis',
};

export const ESTIMATOR_LABEL: Record<RenalAssessment['decidedBy'], string> = {
  'cockcroft-gault': 'Cockcroft–Gault CrCl',
  'ckd-epi-2021': 'CKD-EPI 2021 eGFR',
  dialysis: 'Dialysis status',
};

export const WEIGHT_BASIS_LABEL: Record<RenalAssessment['weightBasis'], string> = {
  actual: 'Actual weight',
  ideal: 'Ideal body weight',
  adjusted: 'Adjusted body weight',
};

/** One decimal, as every renal figure is shown and as case texts state them. */
export function oneDecimal(value: number): string {
  return value.toFixed(1);
}

/** mg/day without a spurious ".0" but keeping real fractions (e.g. 53.3 after a 2/3 factor). */
export function formatMg(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** Dose factors as the spec writes them (2/3, 1/2, 1/3) rather than 0.667. */
export function formatDoseFactor(factor: number): string {
  const known: [number, string][] = [
    [1, '1'],
    [2 / 3, '2/3'],
    [1 / 2, '1/2'],
    [1 / 3, '1/3'],
    [0, '0'],
  ];
  const match = known.find(([value]) => Math.abs(value - factor) < 1e-9);
  return match ? match[1] : factor.toFixed(2);
}

/** Creatinine shown in the unit it was entered in, with the other unit alongside. */
export function formatCreatinine(value: number, unit: 'mg/dL' | 'umol/L'): string {
  return unit === 'umol/L'
    ? `${value} µmol/L (${creatinineToMgDl(value, unit).toFixed(2)} mg/dL)`
    : `${value} mg/dL`;
}

/** "2025-03-03" → "3 Mar 2025", in a fixed locale so screenshots and tests are stable. */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '—';
  const date = new Date(`${isoDate}T00:00:00Z`);
  return date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
