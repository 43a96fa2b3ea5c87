import { Stack, Text } from '@mantine/core';
import { sortFindings, type Finding } from '../rules';
import { FindingCard } from './FindingCard';

/** Findings sorted most serious first; an explicit "none" so silence is never mistaken for safety. */
export function FindingsList({ findings, emptyText }: { findings: readonly Finding[]; emptyText: string }) {
  if (findings.length === 0) {
    return (
      <Text size="sm" c="dark.5">
        {emptyText}
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      {sortFindings(findings).map((finding) => (
        <FindingCard key={`${finding.ruleId}|${finding.subject ?? ''}`} finding={finding} />
      ))}
    </Stack>
  );
}
