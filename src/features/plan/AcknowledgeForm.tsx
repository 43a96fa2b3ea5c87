import { useState } from 'react';
import { Alert, Button, Stack, Text, Textarea } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { MIN_REASON_CHARS, type Finding } from '../../rules';

/**
 * A contraindicated finding needs an acknowledgement with a reason before the plan can be printed,
 * exported or saved (spec §4, as order-entry systems do). The reason is recorded like an override.
 */
export function AcknowledgeForm({
  finding,
  onAcknowledge,
}: {
  finding: Finding;
  onAcknowledge: (reason: string) => void;
}) {
  const [reason, setReason] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const tooShort = reason.trim().length < MIN_REASON_CHARS;
  const label = `Reason for continuing despite: ${finding.subject ?? finding.title}`;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={`Contraindicated — acknowledge to export or save: ${finding.title}`}
      role="alert"
    >
      <Stack gap="xs">
        <Text size="sm">{finding.detail}</Text>
        {finding.action ? (
          <Text size="sm" fw={600}>
            Advice: {finding.action}
          </Text>
        ) : null}
        <form
          onSubmit={(event) => {
            event.preventDefault();
            setSubmitted(true);
            if (!tooShort) onAcknowledge(reason.trim());
          }}
        >
          <Stack gap="xs">
            <Textarea
              label={label}
              description={`At least ${MIN_REASON_CHARS} characters; recorded on the plan, the PDF and the chart`}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              autosize
              minRows={2}
              maxLength={500}
              error={
                submitted && tooShort
                  ? `Write a reason of at least ${MIN_REASON_CHARS} characters.`
                  : undefined
              }
              withAsterisk
            />
            <Button type="submit" color="red" variant="light" w="fit-content">
              Acknowledge
            </Button>
          </Stack>
        </form>
      </Stack>
    </Alert>
  );
}
