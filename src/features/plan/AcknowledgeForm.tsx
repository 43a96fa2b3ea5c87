import { useState } from 'react';
import { useTypedText } from '../../lib/typedText';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { ReasonField, reasonTooShort } from './ReasonField';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { Finding } from '../../rules';

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
  const [reason, setReason] = useTypedText(`ack:${finding.ruleId}:${finding.subject ?? ''}`);
  const [submitted, setSubmitted] = useState(false);
  const tooShort = reasonTooShort(reason);
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
            <ReasonField
              label={label}
              hint="why the plan goes ahead; recorded on the plan, the PDF and the chart"
              value={reason}
              onChange={setReason}
              submitted={submitted}
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
