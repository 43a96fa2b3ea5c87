/**
 * Words the PDF prints for the rules module's codes. Severity is always printed as a word (paper is
 * often photocopied in black and white, so colour can never carry it alone). The words match the
 * screen's badges (src/components/SeverityBadge.tsx, EvidenceBadge.tsx); they are repeated here so
 * the PDF chunk does not pull React components in.
 */
import type { Evidence, RenalAssessment, RenalBand, Severity } from '../../rules';

export const SEVERITY_WORD: Record<Severity, string> = {
  'hard-stop': 'HARD STOP',
  contraindicated: 'CONTRAINDICATED',
  major: 'MAJOR',
  moderate: 'MODERATE',
  minor: 'MINOR',
  compatible: 'COMPATIBLE',
  info: 'INFO',
};

/** Light fill behind the severity word, darker text: readable in colour and in greyscale. */
export const SEVERITY_COLOURS: Record<Severity, { fill: string; text: string }> = {
  'hard-stop': { fill: '#f8d7da', text: '#7a1010' },
  contraindicated: { fill: '#fbe0e0', text: '#8a1c1c' },
  major: { fill: '#ffe8cc', text: '#8a3b00' },
  moderate: { fill: '#fff3bf', text: '#6b5000' },
  minor: { fill: '#dbe9fb', text: '#123f73' },
  compatible: { fill: '#d3f9d8', text: '#1b5e20' },
  info: { fill: '#eef0f2', text: '#343a40' },
};

export const EVIDENCE_WORD: Record<Evidence, string> = {
  trial: 'Trial',
  label: 'Label',
  guideline: 'Guideline',
  'pk-study': 'PK study',
  default: 'bacloplan default',
};

export const BAND_WORD: Record<RenalBand, string> = {
  normal: 'normal',
  mild: 'mild impairment',
  moderate: 'moderate impairment',
  severe: 'severe impairment',
  dialysis: 'on dialysis',
};

export const DECIDED_BY_WORD: Record<RenalAssessment['decidedBy'], string> = {
  'cockcroft-gault': 'Cockcroft–Gault CrCl',
  'ckd-epi-2021': 'CKD-EPI 2021 eGFR',
  dialysis: 'dialysis',
};

export const WEIGHT_BASIS_WORD: Record<RenalAssessment['weightBasis'], string> = {
  actual: 'actual body weight',
  ideal: 'ideal body weight (Devine)',
  adjusted: 'adjusted body weight',
};
