import { Group, Stack, Table, Text, Title } from '@mantine/core';
import type { ExplainStep } from '../rules';
import { EvidenceBadge } from './EvidenceBadge';
import { SourceLinks } from './SourceLinks';

/** The rules return full precision; panels show 4 decimals below 10 and 2 above (rounding is display). */
function display(value: string | number): string {
  if (typeof value !== 'number' || Number.isInteger(value)) return String(value);
  return String(Number(value.toFixed(Math.abs(value) < 10 ? 4 : 2)));
}

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
            <EvidenceBadge evidence={step.evidence} />
          </Group>
          {step.formula ? <Text size="sm">{step.formula}</Text> : null}
          {Object.keys(step.inputs).length > 0 ? (
            <Table withTableBorder={false} verticalSpacing={2} fz="xs" aria-label={`Inputs of ${step.label}`}>
              <Table.Tbody>
                {Object.entries(step.inputs).map(([name, value]) => (
                  <Table.Tr key={name}>
                    <Table.Th scope="row" fw={500} w="45%">
                      {name}
                    </Table.Th>
                    <Table.Td>{display(value)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : null}
          {step.substituted ? (
            <Text size="sm" c="dark.6">
              {step.substituted}
            </Text>
          ) : null}
          <Text size="sm">
            Result:{' '}
            <Text span fw={700}>
              {display(step.result)}
              {step.unit ? ` ${step.unit}` : ''}
            </Text>
          </Text>
          <SourceLinks sources={step.sources} />
          {/* For the curious, and for tracing a number to the rulebook: the rule's id, secondary. */}
          <Text size="xs" c="dark.4">
            Rule:{' '}
            <Text span ff="monospace" size="xs">
              {step.ruleId}
            </Text>
          </Text>
        </Stack>
      ))}
    </Stack>
  );
}
