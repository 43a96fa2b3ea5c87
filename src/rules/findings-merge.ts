/**
 * The one de-duplication rule for findings from every source (renal, interactions, conditions, plan):
 * a finding is the same when its rule id and subject are; of two, the more severe is kept (the first
 * on a tie), and the result is sorted most severe first, stable within a severity.
 */
import { severityRank, sortFindings } from './severity';
import type { Finding } from './types';

function findingKey(finding: Finding): string {
  return `${finding.ruleId}\u0000${finding.subject ?? ''}`;
}

export function mergeFindings(...lists: readonly (readonly Finding[])[]): Finding[] {
  const kept = new Map<string, Finding>();
  for (const list of lists) {
    for (const finding of list) {
      const key = findingKey(finding);
      const existing = kept.get(key);
      if (!existing || severityRank(finding.severity) < severityRank(existing.severity)) {
        // Re-insert so the order stays that of first appearance for the kept (most severe) finding.
        if (existing) kept.delete(key);
        kept.set(key, finding);
      }
    }
  }
  return sortFindings([...kept.values()]);
}
