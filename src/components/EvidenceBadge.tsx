import { Badge, Tooltip } from '@mantine/core';
import type { Evidence } from '../rules';

const EVIDENCE: Record<Evidence, { label: string; color: string; explanation: string }> = {
  trial: { label: 'Trial', color: 'indigo', explanation: 'From a published trial protocol or result' },
  label: { label: 'Label', color: 'cyan', explanation: 'From a product label, SmPC or monograph' },
  guideline: {
    label: 'Guideline',
    color: 'teal',
    explanation: 'From a regulator, guideline or consensus body',
  },
  'pk-study': { label: 'PK study', color: 'violet', explanation: 'From a pharmacokinetic study' },
  default: {
    label: 'bacloplan default',
    color: 'gray',
    explanation: 'A bacloplan safety default where sources are silent; configurable, not evidence',
  },
};

/** The evidence label shown next to every rule, in words (never colour alone). */
export function EvidenceBadge({ evidence }: { evidence: Evidence }) {
  const entry = EVIDENCE[evidence];
  return (
    <Tooltip label={entry.explanation}>
      <Badge variant="light" color={entry.color} tt="none" aria-label={`Evidence: ${entry.label}`}>
        {entry.label}
      </Badge>
    </Tooltip>
  );
}
