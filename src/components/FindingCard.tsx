import { Card, Group, Stack, Text } from '@mantine/core';
import type { Finding } from '../rules';
import { SeverityBadge, SEVERITY_STYLE } from './SeverityBadge';
import { EvidenceBadge } from './EvidenceBadge';
import { SourceLinks } from './SourceLinks';

/** One finding as a card: severity (icon + word + colour), what, why, what to do, evidence and sources. */
export function FindingCard({ finding }: { finding: Finding }) {
  const style = SEVERITY_STYLE[finding.severity];
  const [paletteColor] = style.color.split('.');
  return (
    <Card
      withBorder
      padding="sm"
      style={{ borderLeft: `5px solid var(--mantine-color-${paletteColor}-7)` }}
      data-severity={finding.severity}
      aria-label={`${style.label}: ${finding.title}`}
      role="article"
    >
      <Stack gap={6}>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <SeverityBadge severity={finding.severity} />
          <Text fw={600} size="sm" style={{ flex: 1 }}>
            {finding.title}
            {finding.subject ? (
              <Text span size="sm" c="dark.5" fw={400}>
                {' '}
                — {finding.subject}
              </Text>
            ) : null}
          </Text>
        </Group>
        <Text size="sm">{finding.detail}</Text>
        {finding.action ? (
          <Text size="sm">
            <Text span fw={600} size="sm">
              Action:
            </Text>{' '}
            {finding.action}
          </Text>
        ) : null}
        <Group gap="xs" justify="space-between" wrap="wrap">
          <SourceLinks sources={finding.sources} />
          <Group gap={6}>
            <EvidenceBadge evidence={finding.evidence} />
            <Text size="xs" c="dark.4" ff="monospace">
              {finding.ruleId}
            </Text>
          </Group>
        </Group>
      </Stack>
    </Card>
  );
}
