/** Severity order and comparison shared by renal, plan and interaction findings. */
import type { Finding, Severity } from './types';

/** Most serious first; used to sort findings and to decide which of two is worse. */
export const SEVERITY_ORDER: readonly Severity[] = [
  'hard-stop',
  'contraindicated',
  'major',
  'moderate',
  'minor',
  'info',
  'compatible',
];

export function severityRank(severity: Severity): number {
  return SEVERITY_ORDER.indexOf(severity);
}

/** Sort findings most serious first; stable for equal severities. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => severityRank(a.finding.severity) - severityRank(b.finding.severity) || a.index - b.index)
    .map(({ finding }) => finding);
}
