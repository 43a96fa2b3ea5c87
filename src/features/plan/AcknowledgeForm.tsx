import { useState } from 'react';
import { useTypedText } from '../../lib/typedText';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { ReasonField, reasonTooShort } from './ReasonField';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { Finding } from '../../rules';
import { t } from '../../i18n';
import { findingWords } from '../../i18n/clinical';

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
  const words = findingWords(finding);
  const label = t('ack.label', { what: finding.subject ?? words.title });
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('ack.title', { title: words.title })}
      role="alert"
    >
      <Stack gap="xs">
        <Text size="sm">{words.detail}</Text>
        {words.action ? (
          <Text size="sm" fw={600}>
            {t('ack.advice', { action: words.action })}
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
              hint={t('ack.hint')}
              value={reason}
              onChange={setReason}
              submitted={submitted}
            />
            <Button type="submit" color="red" variant="light" w="fit-content">
              {t('ack.submit')}
            </Button>
          </Stack>
        </form>
      </Stack>
    </Alert>
  );
}
