/** The visits as a table: what was taken against the plan, drinking, craving, side effects, and where each visit is kept. */
import { Table, Text } from '@mantine/core';
import { SIDE_EFFECT_LABELS, type SideEffect } from '../../rules';
import type { VisitRecord } from '../../lib/db';
import { ScrollTable } from '../../components/ScrollTable';
import { formatDate } from '../../lib/format';
import { ACTION_LABEL } from './SuggestionCard';

export type VisitPlace = 'chart' | 'device-pending' | 'device';

const PLACE_TEXT: Record<VisitPlace, string> = {
  chart: 'On the chart',
  'device-pending': 'On this device — not yet on the chart',
  device: 'On this device',
};

function sideEffectsText(record: VisitRecord): string {
  const graded = Object.entries(record.visit.sideEffects ?? {}).filter(([, grade]) => grade !== 'none');
  return graded.length === 0
    ? 'none'
    : graded.map(([effect, grade]) => `${SIDE_EFFECT_LABELS[effect as SideEffect]} (${grade})`).join(', ');
}

function drinkingText(record: VisitRecord): string {
  const { drinksPerDay, drinkSizeG } = record.visit;
  if (drinksPerDay === undefined || drinkSizeG === undefined) return 'not recorded';
  return `${drinksPerDay} × ${drinkSizeG} g = ${Math.round(drinksPerDay * drinkSizeG * 10) / 10} g/day`;
}

export function VisitsTable({
  visits,
  placeOf,
  locale,
}: {
  visits: readonly VisitRecord[];
  placeOf: (record: VisitRecord) => VisitPlace;
  locale?: string;
}) {
  if (visits.length === 0)
    return (
      <Text size="sm" c="dark.5">
        No visits recorded yet.
      </Text>
    );
  return (
    <ScrollTable minWidth={860} label="Table of follow-up visits">
      <Table striped withTableBorder fz="sm" verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Date</Table.Th>
            <Table.Th scope="col">Taken (planned), mg/day</Table.Th>
            <Table.Th scope="col">Alcohol</Table.Th>
            <Table.Th scope="col">Heavy days</Table.Th>
            <Table.Th scope="col">Craving</Table.Th>
            <Table.Th scope="col">Side effects</Table.Th>
            <Table.Th scope="col">Suggestion</Table.Th>
            <Table.Th scope="col">Kept</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {visits.map((record) => (
            <Table.Tr key={record.uuid}>
              <Table.Th scope="row" fw={500}>
                {formatDate(record.visit.date, locale)}
              </Table.Th>
              <Table.Td>
                {record.visit.doseTakenMgPerDay}
                {record.plannedMgPerDay !== undefined ? ` (${record.plannedMgPerDay})` : ''}
                {record.visit.adherence ? ` · adherence ${record.visit.adherence}` : ''}
                {record.visit.creatinine
                  ? ` · creatinine ${record.visit.creatinine.value} ${record.visit.creatinine.unit === 'umol/L' ? 'µmol/L' : 'mg/dL'}`
                  : ''}
              </Table.Td>
              <Table.Td>{drinkingText(record)}</Table.Td>
              <Table.Td>{record.visit.heavyDrinkingDays ?? '—'}</Table.Td>
              <Table.Td>{record.visit.cravingScore ?? '—'}</Table.Td>
              <Table.Td>{sideEffectsText(record)}</Table.Td>
              <Table.Td>
                {record.suggestion
                  ? `${ACTION_LABEL[record.suggestion.action as keyof typeof ACTION_LABEL] ?? record.suggestion.action}${record.suggestion.accepted ? ' · accepted' : ' · plan kept'}`
                  : '—'}
              </Table.Td>
              <Table.Td>{PLACE_TEXT[placeOf(record)]}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
