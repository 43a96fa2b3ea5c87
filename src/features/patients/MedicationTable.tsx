import { Card, Stack, Table, Text, Title } from '@mantine/core';
import { IconHelpCircle } from '@tabler/icons-react';
import type { ChartReview } from '../../fhir/assess';
import { ScrollTable } from '../../components/ScrollTable';
import { FindingFlags } from './FindingFlags';
import { StatusFlag } from './StatusFlag';
import { formatDate } from './format';

const SOURCE = { MedicationStatement: 'Reported', MedicationRequest: 'Prescribed' } as const;

/** Current medicines with the rules module's interaction findings for each (and for the combination). */
export function MedicationTable({ review }: { review: ChartReview }) {
  const combined = review.combined.filter((finding) => !/hypersensitivity/i.test(finding.subject ?? ''));
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="meds-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="meds-title">
          Current medicines and interactions with baclofen
        </Title>
        {combined.length > 0 ? (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              Taken together
            </Text>
            <FindingFlags findings={combined} />
          </Stack>
        ) : null}
        {review.medications.length === 0 ? (
          <Text c="dark.6">No current medicines on the chart.</Text>
        ) : (
          <ScrollTable label="Current medicines (scrolls sideways)" minWidth={320}>
            <Table verticalSpacing="sm" highlightOnHover aria-labelledby="meds-title" layout="fixed">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" w="55%">
                    Medicine, dose and source
                  </Table.Th>
                  <Table.Th scope="col">Interaction with baclofen</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {review.medications.map(({ medication, findings, notChecked }) => (
                  <Table.Tr key={`${medication.resourceType}/${medication.id}`}>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>
                      <Text size="sm" fw={600}>
                        {medication.name}
                      </Text>
                      {medication.dosage ? <Text size="sm">{medication.dosage}</Text> : null}
                      <Text size="xs" c="dark.6">
                        {SOURCE[medication.resourceType]} ({medication.status})
                        {medication.date ? ` · ${formatDate(medication.date)}` : ''}
                        {medication.rxnorm ? ` · RxNorm ${medication.rxnorm}` : ' · free text, no code'}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {notChecked ? (
                        <StatusFlag
                          label="Not checked"
                          color="gray"
                          Icon={IconHelpCircle}
                          description="Not in bacloplan's interaction table: check this medicine yourself."
                        />
                      ) : (
                        <FindingFlags findings={findings} empty="No interaction known" />
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
