import type { ReactNode } from 'react';
import { Card, Stack, Table, Text, Title } from '@mantine/core';
import { ScrollTable } from '../../components/ScrollTable';

export interface ReviewRow {
  key: string;
  /** What the chart says: name, dose, codes, dates. */
  item: ReactNode;
  /** What the rules say about it. */
  flags: ReactNode;
}

interface ReviewTableProps {
  /** Id of the heading, which also names the table. */
  id: string;
  title: string;
  /** Shown under the heading, above the table (e.g. findings for the combination). */
  intro?: ReactNode;
  /** Said instead of the table when the chart has nothing. */
  empty: string;
  /** Name of the scroll region on narrow screens. */
  scrollLabel: string;
  columns: readonly [item: string, flags: string];
  rows: readonly ReviewRow[];
}

/** A chart section listing items (medicines, conditions) beside what the rules module flags for each. */
export function ReviewTable({ id, title, intro, empty, scrollLabel, columns, rows }: ReviewTableProps) {
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={3} size="h4" id={id}>
          {title}
        </Title>
        {intro}
        {rows.length === 0 ? (
          <Text c="dark.6">{empty}</Text>
        ) : (
          <ScrollTable label={scrollLabel} minWidth={300}>
            <Table verticalSpacing="sm" highlightOnHover aria-labelledby={id} layout="fixed">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" w="55%">
                    {columns[0]}
                  </Table.Th>
                  <Table.Th scope="col">{columns[1]}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.key}>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{row.item}</Table.Td>
                    <Table.Td>{row.flags}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </Stack>
    </Card>
  );
}
