import { Code, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { ExplainStep } from '../rules';
import { EvidenceBadge } from './EvidenceBadge';
import { SourceLinks } from './SourceLinks';

/** A calculation shown step by step: formula, inputs, substituted values, result, rule and sources. */
export function ExplainSteps({ steps, title }: { steps: readonly ExplainStep[]; title?: string }) {
  return (
    <Stack gap="md">
      {title ? (
        <Title order={3} size="h5">
          {title}
        </Title>
      ) : null}
      {steps.map((step, index) => (
        <Stack key={`${step.ruleId}-${index}`} gap={4} data-rule-id={step.ruleId}>
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Text fw={600} size="sm">
              {index + 1}. {step.label}
            </Text>
            <Group gap={6}>
              <EvidenceBadge evidence={step.evidence} />
              <Text size="xs" c="dark.4" ff="monospace">
                {step.ruleId}
              </Text>
            </Group>
          </Group>
          {step.formula ? (
            <Code block style={{ whiteSpace: 'pre-wrap', overflow: 'visible' }}>
              {step.formula}
            </Code>
          ) : null}
          {Object.keys(step.inputs).length > 0 ? (
            <Table withTableBorder={false} verticalSpacing={2} fz="xs" aria-label={`Inputs of ${step.label}`}>
              <Table.Tbody>
                {Object.entries(step.inputs).map(([name, value]) => (
                  <Table.Tr key={name}>
                    <Table.Th scope="row" fw={500} w="45%">
                      {name}
                    </Table.Th>
                    <Table.Td>{String(value)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : null}
          {step.substituted ? (
            <Text size="sm" ff="monospace">
              {step.substituted}
            </Text>
          ) : null}
          <Text size="sm">
            Result:{' '}
            <Text span fw={700}>
              {String(step.result)}
              {step.unit ? ` ${step.unit}` : ''}
            </Text>
          </Text>
          <SourceLinks sources={step.sources} />
        </Stack>
      ))}
    </Stack>
  );
}
