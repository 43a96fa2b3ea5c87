/**
 * Contraindicated findings need an acknowledgement (spec §4): a plan with one is computed and shown,
 * but cannot be exported or saved until each is acknowledged with a recorded reason — then it carries
 * a line saying so, like an override.
 */
import { sortFindings } from './severity';
import type { Finding } from './types';

export interface Acknowledgement {
  ruleId: string;
  subject?: string;
  reason: string;
}

function matches(acknowledgement: Acknowledgement, finding: Finding): boolean {
  return (
    acknowledgement.ruleId === finding.ruleId && (acknowledgement.subject ?? '') === (finding.subject ?? '')
  );
}

/** The findings (with a line per acknowledgement) and the contraindicated ones still unacknowledged. */
export function applyAcknowledgements(
  findings: readonly Finding[],
  acknowledgements: readonly Acknowledgement[],
): { findings: Finding[]; unacknowledged: Finding[] } {
  const unacknowledged: Finding[] = [];
  const recorded: Finding[] = [];
  for (const finding of findings) {
    if (finding.severity !== 'contraindicated') continue;
    const acknowledgement = acknowledgements.find((candidate) => matches(candidate, finding));
    if (!acknowledgement) {
      unacknowledged.push(finding);
      continue;
    }
    recorded.push({
      ruleId: 'plan.acknowledged',
      severity: 'major',
      title: `Acknowledged by the prescriber: ${finding.title}`,
      detail: `This contraindicated finding stays on the plan; the prescriber continued with the recorded reason: “${acknowledgement.reason}”.`,
      // In the clinician's words (it is shown); the contraindicated finding itself stays in the list.
      subject: finding.subject ?? finding.title,
      evidence: 'default',
      sources: ['bacloplan-default', ...finding.sources],
    });
  }
  return { findings: sortFindings([...findings, ...recorded]), unacknowledged };
}
