import { useState } from 'react';
import { Alert, Button, Checkbox, Stack, Text } from '@mantine/core';
import { ReasonField, reasonTooShort } from './ReasonField';
import { useTypedText } from '../../lib/typedText';
import { IconHandStop } from '@tabler/icons-react';
import type { Finding } from '../../rules';
import { t } from '../../i18n';
import { findingWords } from '../../i18n/clinical';

export interface OverrideFormProps {
  /** The stops this override lifts, shown above the form. */
  hardStops: Finding[];
  onOverride: (reason: string) => void;
  title?: string;
  /** What happens without the override, in the clinician's words. */
  intro?: string;
  submitLabel?: string;
  /** A reason that came with the link or a draft: shown, prefilled, and applied only once confirmed here. */
  pendingReason?: string;
  color?: 'red' | 'orange';
  /** Which override the typed reason is kept under (a reload keeps it, in either language). */
  kind?: 'renal' | 'doseProfile';
}

// The keys of the typed reasons, as they were before the screen had two languages.
const TYPED_REASON_KEY = {
  renal: 'override:Plan blocked — hard stop',
  doseProfile: 'override:Override the French 80 mg/day maximum (profile fr-2018)',
} as const;

/**
 * An explicit override of one hard stop: a written reason (recorded on the plan, the saved resources
 * and the PDF) plus a confirmation that a specialist decided. One form per stop (spec §4).
 */
export function OverrideForm({
  hardStops,
  onOverride,
  title = t('override.form.title'),
  intro = t('override.form.intro'),
  submitLabel = t('override.form.submit'),
  pendingReason,
  color = 'red',
  kind = 'renal',
}: OverrideFormProps) {
  // Typed text survives a reload; a draft's pending reason is shown until the clinician edits it.
  const [typed, setReason] = useTypedText(TYPED_REASON_KEY[kind]);
  const reason = typed || (pendingReason ?? '');
  const [confirmed, setConfirmed] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const tooShort = reasonTooShort(reason);
  return (
    <Alert color={color} variant="light" icon={<IconHandStop aria-hidden />} title={title} role="alert">
      <Stack gap="sm">
        {hardStops.map((finding) => (
          <Text size="sm" key={`${finding.ruleId}|${finding.subject ?? ''}`} fw={600}>
            {findingWords(finding).title}{' '}
            {findingWords(finding).detail !== findingWords(finding).title ? (
              <Text span size="sm" fw={400}>
                {findingWords(finding).detail}
              </Text>
            ) : null}
          </Text>
        ))}
        <Text size="sm">{intro}</Text>
        {pendingReason ? (
          <Text size="sm" fw={600}>
            {t('override.form.pending')}
          </Text>
        ) : null}
        <form
          onSubmit={(event) => {
            event.preventDefault();
            setSubmitted(true);
            if (!tooShort && confirmed) onOverride(reason.trim());
          }}
        >
          <Stack gap="xs">
            <ReasonField
              label={t('override.form.reason')}
              hint={t('override.form.reasonHint')}
              value={reason}
              onChange={setReason}
              submitted={submitted}
            />
            <Checkbox
              label={t('override.form.confirm')}
              checked={confirmed}
              onChange={(event) => setConfirmed(event.currentTarget.checked)}
              error={submitted && !confirmed ? t('override.form.confirmError') : undefined}
            />
            <Button type="submit" color={color} variant="filled" w="fit-content">
              {submitLabel}
            </Button>
          </Stack>
        </form>
      </Stack>
    </Alert>
  );
}
