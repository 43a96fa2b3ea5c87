import { Text } from '@mantine/core';
import { IconHelpCircle, IconTargetArrow } from '@tabler/icons-react';
import { isIndicationFinding } from '../../rules';
import type { ChartReview } from '../../fhir/assess';
import { isOnDialysis } from '../../fhir/mapping';
import { BAND_TONE } from './severity';
import { ConfirmNote } from './ConfirmNote';
import { FindingFlags } from './FindingFlags';
import { ReviewTable } from './ReviewTable';
import { StatusFlag } from './StatusFlag';
import { formatDate } from './format';

/** Current conditions (SNOMED CT / ICD-10) with the rules module's cautions. */
export function ConditionTable({ review }: { review: ChartReview }) {
  return (
    <ReviewTable
      id="conditions-title"
      title="Conditions and cautions"
      empty="No current conditions on the chart."
      scrollLabel="Conditions (scrolls sideways)"
      columns={['Condition and codes', 'Caution with baclofen']}
      rows={review.conditions.map(({ condition, findings, notChecked }) => ({
        key: condition.id || condition.name,
        item: (
          <>
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
            {condition.abatement ? (
              <ConfirmNote>
                The chart gives {formatDate(condition.abatement)} as its end, yet still marks it{' '}
                {condition.clinicalStatus ?? 'current'}: confirm. It is still checked for cautions.
              </ConfirmNote>
            ) : null}
          </>
        ),
        flags: isOnDialysis([condition]) ? (
          <StatusFlag
            {...BAND_TONE.dialysis}
            description="Dialysis is a hard stop for baclofen (renal band), shown in the renal section."
          />
        ) : findings.some(isIndicationFinding) ? (
          <StatusFlag
            label="Indication"
            color="blue"
            Icon={IconTargetArrow}
            description="Alcohol use disorder is what baclofen is planned for, not a caution."
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
        ),
      }))}
    />
  );
}
