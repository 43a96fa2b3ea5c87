import { useState } from 'react';
import { Alert, Button, Checkbox, Stack, Text, Textarea } from '@mantine/core';
import { IconBan } from '@tabler/icons-react';
import type { Finding } from '../../rules';

export const MIN_OVERRIDE_REASON_LENGTH = 15;

/**
 * A blocked plan says why and offers an explicit override: a written reason (recorded on the plan,
 * the saved resources and the PDF) plus a confirmation that a specialist decided.
 */
export function OverrideForm({
  hardStops,
  onOverride,
}: {
  hardStops: Finding[];
  onOverride: (reason: string) => void;
}) {
  const [reason, setReason] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const tooShort = reason.trim().length < MIN_OVERRIDE_REASON_LENGTH;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconBan aria-hidden />}
      title="Plan blocked — hard stop"
      role="alert"
    >
      <Stack gap="sm">
        {hardStops.map((finding) => (
          <Text size="sm" key={finding.ruleId} fw={600}>
            {finding.title}{' '}
            {finding.detail !== finding.title ? (
              <Text span size="sm" fw={400}>
                {finding.detail}
              </Text>
            ) : null}
          </Text>
        ))}
        <Text size="sm">
          No schedule is produced unless a specialist overrides this stop with a recorded reason. The override
          and its reason are shown on the plan, saved with it and printed on every PDF.
        </Text>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            setSubmitted(true);
            if (!tooShort && confirmed) onOverride(reason.trim());
          }}
        >
          <Stack gap="xs">
            <Textarea
              label="Reason for override"
              description={`At least ${MIN_OVERRIDE_REASON_LENGTH} characters: who decided, and why the benefit outweighs the risk`}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              autosize
              minRows={2}
              maxLength={500}
              error={
                submitted && tooShort
                  ? `Write a reason of at least ${MIN_OVERRIDE_REASON_LENGTH} characters.`
                  : undefined
              }
              withAsterisk
            />
            <Checkbox
              label="A specialist has reviewed this patient and takes responsibility for the override"
              checked={confirmed}
              onChange={(event) => setConfirmed(event.currentTarget.checked)}
              error={submitted && !confirmed ? 'Confirm the specialist review to override.' : undefined}
            />
            <Button type="submit" color="red" variant="filled" w="fit-content">
              Override and plan
            </Button>
          </Stack>
        </form>
      </Stack>
    </Alert>
  );
}
