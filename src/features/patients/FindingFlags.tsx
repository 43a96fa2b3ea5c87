import { Group, Text } from '@mantine/core';
import type { Finding } from '../../rules';
import { SEVERITY_TONE } from './severity';
import { StatusFlag } from './StatusFlag';

/** Findings as severity flags (word + icon + colour), with title, detail and action on hover/focus. */
export function FindingFlags({
  findings,
  empty = 'No finding',
}: {
  findings: readonly Finding[];
  empty?: string;
}) {
  if (findings.length === 0) {
    return (
      <Text size="sm" c="dark.6">
        {empty}
      </Text>
    );
  }
  return (
    <Group gap={6}>
      {findings.map((finding) => {
        const tone = SEVERITY_TONE[finding.severity];
        return (
          <StatusFlag
            key={`${finding.ruleId}|${finding.subject ?? ''}`}
            label={`${tone.label}: ${shortTitle(finding)}`}
            color={tone.color}
            Icon={tone.Icon}
            description={[finding.title, finding.detail, finding.action].filter(Boolean).join(' ')}
          />
        );
      })}
    </Group>
  );
}

/** "Baclofen + methadone (opioids): major interaction" → "opioids". */
function shortTitle(finding: Finding): string {
  const classMatch = /\(([^)]+)\)/.exec(finding.title);
  if (classMatch?.[1]) return classMatch[1];
  return finding.subject ?? finding.title;
}
