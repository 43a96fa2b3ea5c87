import { Table } from '@mantine/core';
import { CAPTION_STYLE } from '../tableStyles';
import { ScrollTable } from '../../../components/ScrollTable';
import { doseChanges, type DoseSeries } from '../doseSeries';

/** The chart as text: only the days on which a dose or phase changes, one column per series. */
export function DoseChangesTable({ series, caption }: { series: readonly DoseSeries[]; caption: string }) {
  const changes = doseChanges(series);
  return (
    <ScrollTable minWidth={Math.max(320, 160 * series.length)} label={caption}>
      <Table fz="xs" verticalSpacing={2} captionSide="top" striped>
        <Table.Caption style={CAPTION_STYLE}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Day</Table.Th>
            {series.map((entry) => (
              <Table.Th scope="col" key={entry.id}>
                {entry.label} (mg/day)
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changes.map((change) => (
            <Table.Tr key={change.day}>
              <Table.Th scope="row" fw={500}>
                {change.day}
              </Table.Th>
              {series.map((entry) => {
                const mg = change.mgBySeries[entry.id];
                const phase = change.phaseBySeries[entry.id];
                return (
                  <Table.Td key={entry.id}>{mg === undefined ? 'ended' : `${mg} (${phase ?? ''})`}</Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
