import { Table } from '@mantine/core';
import { CAPTION_STYLE } from '../tableStyles';
import { ScrollTable } from '../../../components/ScrollTable';
import type { SweepSegment } from '../sweep';
import { BAND_LABEL, formatDoseFactor, formatMg } from '../format';

/** The cap-versus-creatinine chart as text: creatinine ranges that share a band and a cap. */
export function SweepTable({ segments, caption }: { segments: readonly SweepSegment[]; caption: string }) {
  return (
    <ScrollTable minWidth={420} label={caption}>
      <Table fz="xs" verticalSpacing={2} captionSide="top" striped>
        <Table.Caption style={CAPTION_STYLE}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Creatinine (mg/dL)</Table.Th>
            <Table.Th scope="col">Band</Table.Th>
            <Table.Th scope="col">Dose factor</Table.Th>
            <Table.Th scope="col">Cap (mg/day)</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {segments.map((segment) => (
            <Table.Tr key={`${segment.fromMgDl}-${segment.band}`}>
              <Table.Th scope="row" fw={500}>
                {segment.fromMgDl === segment.toMgDl
                  ? segment.fromMgDl.toFixed(1)
                  : `${segment.fromMgDl.toFixed(1)}–${segment.toMgDl.toFixed(1)}`}
              </Table.Th>
              <Table.Td>{BAND_LABEL[segment.band]}</Table.Td>
              <Table.Td>{formatDoseFactor(segment.doseFactor)}</Table.Td>
              <Table.Td>{segment.blocked ? 'hard stop (no plan)' : formatMg(segment.capMgPerDay)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
