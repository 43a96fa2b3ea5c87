import { useState } from 'react';
import { Alert, Button, Checkbox, Stack, Text } from '@mantine/core';
import { ReasonField, reasonTooShort } from './ReasonField';
import { useTypedText } from '../../lib/typedText';
import { IconHandStop } from '@tabler/icons-react';
import type { Finding } from '../../rules';

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
}

/**
 * An explicit override of one hard stop: a written reason (recorded on the plan, the saved resources
 * and the PDF) plus a confirmation that a specialist decided. One form per stop (spec §4).
 */
export function OverrideForm({
  hardStops,
  onOverride,
  title = 'Plan blocked — hard stop',
  intro = 'No schedule is produced unless a specialist overrides this stop with a recorded reason. The override and its reason are shown on the plan, saved with it and printed on every PDF. A taper from a current dose is never blocked.',
  submitLabel = 'Override and plan',
  pendingReason,
  color = 'red',
}: OverrideFormProps) {
  // Typed text survives a reload; a draft's pending reason is shown until the clinician edits it.
  const [typed, setReason] = useTypedText(`override:${title}`);
  const reason = typed || (pendingReason ?? '');
  const [confirmed, setConfirmed] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const tooShort = reasonTooShort(reason);
  return (
    <Alert color={color} variant="light" icon={<IconHandStop aria-hidden />} title={title} role="alert">
      <Stack gap="sm">
        {hardStops.map((finding) => (
          <Text size="sm" key={`${finding.ruleId}|${finding.subject ?? ''}`} fw={600}>
            {finding.title}{' '}
            {finding.detail !== finding.title ? (
              <Text span size="sm" fw={400}>
                {finding.detail}
              </Text>
            ) : null}
          </Text>
        ))}
        <Text size="sm">{intro}</Text>
        {pendingReason ? (
          <Text size="sm" fw={600}>
            This draft carries an override reason. It is not applied until you confirm it here.
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
              label="Reason for override"
              hint="who decided, and why the benefit outweighs the risk"
              value={reason}
              onChange={setReason}
              submitted={submitted}
            />
            <Checkbox
              label="A specialist has reviewed this patient and takes responsibility for the override"
              checked={confirmed}
              onChange={(event) => setConfirmed(event.currentTarget.checked)}
              error={submitted && !confirmed ? 'Confirm the specialist review to override.' : undefined}
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
