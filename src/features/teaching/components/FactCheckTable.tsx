import { Badge, Table, Text } from '@mantine/core';
import { CAPTION_STYLE } from '../tableStyles';
import { ScrollTable } from '../../../components/ScrollTable';
import { IconCircleCheck, IconCircleX } from '@tabler/icons-react';
import type { FactCheck } from '../keyFacts';

// The light variant's text shades fail WCAG AA on their own tint: dark text, green icon.
const AGREES_STYLES = {
  root: { color: 'var(--mantine-color-green-9)' },
  label: { color: 'var(--mantine-color-dark-8)' },
};

/**
 * What the case text claims beside what the rules compute. A mismatch means the case is stale (the
 * unit test fails too); it is shown with an icon and a word so it is never colour alone.
 */
export function FactCheckTable({ checks, caption }: { checks: readonly FactCheck[]; caption: string }) {
  if (checks.length === 0) return null;
  return (
    <ScrollTable minWidth={340} label={caption}>
      <Table fz="sm" verticalSpacing={4} captionSide="top">
        <Table.Caption style={CAPTION_STYLE}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Fact</Table.Th>
            <Table.Th scope="col">Case text</Table.Th>
            <Table.Th scope="col">Rules module</Table.Th>
            <Table.Th scope="col">Check</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {checks.map((check, index) => (
            <Table.Tr key={`${check.key}-${index}`}>
              <Table.Th scope="row" fw={500}>
                {check.label}
              </Table.Th>
              <Table.Td>{check.stated}</Table.Td>
              <Table.Td>
                <Text span size="sm" fw={600}>
                  {check.computed}
                </Text>
              </Table.Td>
              <Table.Td>
                {check.matches ? (
                  <Badge
                    color="green"
                    variant="light"
                    styles={AGREES_STYLES}
                    tt="none"
                    leftSection={<IconCircleCheck size={14} aria-hidden />}
                  >
                    Agrees
                  </Badge>
                ) : (
                  <Badge
                    color="red.9"
                    variant="filled"
                    tt="none"
                    leftSection={<IconCircleX size={14} aria-hidden />}
                  >
                    Disagrees
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
