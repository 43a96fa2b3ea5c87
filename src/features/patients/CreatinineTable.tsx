import { Table, Text } from '@mantine/core';
import { ScrollTable } from '../../components/ScrollTable';
import type { CreatininePoint } from '../../fhir/mapping';
import { formatDate, formatNumber, unitLabel } from './format';

/** The trend as a table: every result as recorded, its mg/dL value and the eGFR on that date. */
export function CreatinineTable({ points }: { points: readonly CreatininePoint[] }) {
  const newestFirst = [...points].reverse();
  return (
    <ScrollTable label="Creatinine results (scrolls sideways)" minWidth={520}>
      <Table striped highlightOnHover verticalSpacing="xs" captionSide="top">
        <Table.Caption>
          Serum creatinine results, newest first, with eGFR (CKD-EPI 2021) at the age on each date
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Date</Table.Th>
            <Table.Th scope="col">As recorded</Table.Th>
            <Table.Th scope="col">mg/dL</Table.Th>
            <Table.Th scope="col">eGFR (mL/min/1.73 m²)</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {newestFirst.map((point, index) => (
            <Table.Tr key={`${point.date}-${index}`}>
              <Table.Td>{formatDate(point.date)}</Table.Td>
              <Table.Td>
                {formatNumber(point.value)} {unitLabel(point.unit)}
                {point.unitSuspect ? (
                  <Text span size="xs" c="red.8" fw={600}>
                    {' '}
                    (unit looks wrong)
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>{point.unitSuspect ? '—' : formatNumber(point.mgDl)}</Table.Td>
              <Table.Td>
                {point.egfrMlMin173 !== undefined ? (
                  formatNumber(point.egfrMlMin173, 1)
                ) : (
                  <Text span size="sm" c="dark.6">
                    {point.egfrNote}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
