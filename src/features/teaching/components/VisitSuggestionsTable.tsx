import { Table } from '@mantine/core';
import { CAPTION_STYLE } from '../tableStyles';
import { ScrollTable } from '../../../components/ScrollTable';
import type { CaseRun } from '../runCase';
import { formatDate } from '../../../lib/format';

const gramsText = (visit: CaseRun['visits'][number]['visit']) =>
  visit.drinksPerDay === undefined || visit.drinkSizeG === undefined
    ? '—'
    : `${visit.drinksPerDay * visit.drinkSizeG} g/day`;

/** Each visit of a case and what suggestAtVisit answered, computed now: the reason and its rule. */
export function VisitSuggestionsTable({ visits }: { visits: CaseRun['visits'] }) {
  if (visits.length === 0) return null;
  const caption = 'At each visit, what the rules suggest (each suggestion accepted)';
  return (
    <ScrollTable minWidth={640} label={caption}>
      <Table fz="sm" verticalSpacing={4} captionSide="top" striped>
        <Table.Caption style={CAPTION_STYLE}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Visit</Table.Th>
            <Table.Th scope="col">Taken (planned), mg/day</Table.Th>
            <Table.Th scope="col">Alcohol · craving</Table.Th>
            <Table.Th scope="col">Suggestion</Table.Th>
            <Table.Th scope="col">Rule</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {visits.map(({ visit, plannedMgPerDay, suggestion }) => (
            <Table.Tr key={visit.date}>
              <Table.Th scope="row" fw={500}>
                {formatDate(visit.date)}
              </Table.Th>
              <Table.Td>
                {visit.doseTakenMgPerDay}
                {plannedMgPerDay !== undefined ? ` (${plannedMgPerDay})` : ' (plan ended)'}
              </Table.Td>
              <Table.Td>
                {gramsText(visit)} · {visit.cravingScore ?? '—'}/10
              </Table.Td>
              <Table.Td>{suggestion.findings[0]?.title ?? suggestion.action}</Table.Td>
              <Table.Td>
                <code>{suggestion.ruleId}</code>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
