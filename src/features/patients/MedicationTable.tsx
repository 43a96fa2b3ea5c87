import { Stack, Text } from '@mantine/core';
import { IconHelpCircle } from '@tabler/icons-react';
import type { ChartReview } from '../../fhir/assess';
import { clinicalToday } from '../../fhir/clock';
import { daysBetween, hasEndedPerChart, type ChartMedication } from '../../fhir/mapping';
import { ConfirmNote } from './ConfirmNote';
import { FindingFlags } from './FindingFlags';
import { ReviewTable } from './ReviewTable';
import { StatusFlag } from './StatusFlag';
import { formatAgeDays, formatDate } from './format';

const SOURCE = { MedicationStatement: 'Reported', MedicationRequest: 'Prescribed' } as const;

/** Current medicines with the rules module's interaction findings for each (and for the combination). */
export function MedicationTable({ review }: { review: ChartReview }) {
  const today = clinicalToday();
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
              {medication.date ? ` · ${recordedOn(medication.date, today)}` : ''}
              {medication.rxnorm ? ` · RxNorm ${medication.rxnorm}` : ' · free text, no code'}
            </Text>
            {hasEndedPerChart(medication, today) ? <EndedNote medication={medication} /> : null}
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

/** A record still "active" after the end its own chart gives: kept in the check, and said. */
function EndedNote({ medication }: { medication: ChartMedication }) {
  return (
    <ConfirmNote>
      Ended on {formatDate(medication.endDate)} per the chart, yet still marked {medication.status}: confirm
      whether it is still taken. It is still checked for interactions.
    </ConfirmNote>
  );
}

/** The record's date and how long ago it was, so a prescription from years back reads as such. */
function recordedOn(date: string, today: string): string {
  const days = daysBetween(date, today);
  return days > 0 ? `${formatDate(date)} (${formatAgeDays(days)})` : formatDate(date);
}
