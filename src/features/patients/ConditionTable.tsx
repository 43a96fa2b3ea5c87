import { Card, Stack, Table, Text, Title } from '@mantine/core';
import { IconHelpCircle } from '@tabler/icons-react';
import type { ChartReview } from '../../fhir/assess';
import { ScrollTable } from '../../components/ScrollTable';
import { isOnDialysis } from '../../fhir/mapping';
import { BAND_TONE } from './severity';
import { FindingFlags } from './FindingFlags';
import { StatusFlag } from './StatusFlag';
import { formatDate } from './format';

/** Current conditions (SNOMED CT / ICD-10) with the rules module's cautions. */
export function ConditionTable({ review }: { review: ChartReview }) {
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="conditions-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="conditions-title">
          Conditions and cautions
        </Title>
        {review.conditions.length === 0 ? (
          <Text c="dark.6">No current conditions on the chart.</Text>
        ) : (
          <ScrollTable label="Conditions (scrolls sideways)" minWidth={320}>
            <Table verticalSpacing="sm" highlightOnHover aria-labelledby="conditions-title" layout="fixed">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" w="55%">
                    Condition and codes
                  </Table.Th>
                  <Table.Th scope="col">Caution with baclofen</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {review.conditions.map(({ condition, findings, notChecked }) => (
                  <Table.Tr key={condition.id || condition.name}>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>
                      <Text size="sm" fw={600}>
                        {condition.name}
                      </Text>
                      <Text size="xs" c="dark.6">
                        {[
                          condition.snomed ? `SNOMED ${condition.snomed}` : '',
                          condition.icd10 ? `ICD-10 ${condition.icd10}` : '',
                        ]
                          .filter(Boolean)
                          .join(' · ') || 'no code'}
                        {condition.onset ? ` · since ${formatDate(condition.onset)}` : ''}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {isOnDialysis([condition]) ? (
                        <StatusFlag
                          {...BAND_TONE.dialysis}
                          description="Dialysis is a hard stop for baclofen (renal band), shown in the renal section."
                        />
                      ) : notChecked ? (
                        <StatusFlag
                          label="No caution listed"
                          color="gray"
                          Icon={IconHelpCircle}
                          description="Not in bacloplan's caution table; use your own judgement."
                        />
                      ) : (
                        <FindingFlags findings={findings} empty="No caution" />
                      )}
                    </Table.Td>
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
