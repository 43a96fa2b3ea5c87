import { Stack, Text } from '@mantine/core';
import { IconHelpCircle } from '@tabler/icons-react';
import type { ChartReview } from '../../fhir/assess';
import { FindingFlags } from './FindingFlags';
import { ReviewTable } from './ReviewTable';
import { StatusFlag } from './StatusFlag';
import { formatDate } from './format';

const SOURCE = { MedicationStatement: 'Reported', MedicationRequest: 'Prescribed' } as const;

/** Current medicines with the rules module's interaction findings for each (and for the combination). */
export function MedicationTable({ review }: { review: ChartReview }) {
  const combined = review.combined.filter((finding) => !/hypersensitivity/i.test(finding.subject ?? ''));
  return (
    <ReviewTable
      id="meds-title"
      title="Current medicines and interactions with baclofen"
      intro={
        combined.length > 0 ? (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              Taken together
            </Text>
            <FindingFlags findings={combined} />
          </Stack>
        ) : null
      }
      empty="No current medicines on the chart."
      scrollLabel="Current medicines (scrolls sideways)"
      columns={['Medicine, dose and source', 'Interaction with baclofen']}
      rows={review.medications.map(({ medication, findings, notChecked }) => ({
        key: `${medication.resourceType}/${medication.id}`,
        item: (
          <>
            <Text size="sm" fw={600}>
              {medication.name}
            </Text>
            {medication.dosage ? <Text size="sm">{medication.dosage}</Text> : null}
            <Text size="xs" c="dark.6">
              {SOURCE[medication.resourceType]} ({medication.status})
              {medication.date ? ` · ${formatDate(medication.date)}` : ''}
              {medication.rxnorm ? ` · RxNorm ${medication.rxnorm}` : ' · free text, no code'}
            </Text>
          </>
        ),
        flags: notChecked ? (
          <StatusFlag
            label="Not checked"
            color="gray"
            Icon={IconHelpCircle}
            description="Not in bacloplan's interaction table: check this medicine yourself."
          />
        ) : (
          <FindingFlags findings={findings} empty="No interaction known" />
        ),
      }))}
    />
  );
}
