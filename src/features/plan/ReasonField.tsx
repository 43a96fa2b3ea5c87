import { Textarea } from '@mantine/core';
import { MAX_REASON_CHARS, MIN_REASON_CHARS } from '../../rules';
import { t } from '../../i18n';

/** Whether a reason is long enough for the rules module to record it (spec §4). */
export function reasonTooShort(reason: string): boolean {
  return reason.trim().length < MIN_REASON_CHARS;
}

/**
 * The recorded reason of an override or an acknowledgement: the same limits as the rules module, the
 * error at the field once the clinician tried to submit.
 */
export function ReasonField({
  label,
  hint,
  value,
  onChange,
  submitted,
}: {
  label: string;
  /** What the reason should say, after the length rule. */
  hint: string;
  value: string;
  onChange: (value: string) => void;
  submitted: boolean;
}) {
  return (
    <Textarea
      label={label}
      description={t('reason.description', { min: MIN_REASON_CHARS, hint })}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      autosize
      minRows={2}
      maxLength={MAX_REASON_CHARS}
      error={submitted && reasonTooShort(value) ? t('reason.tooShort', { min: MIN_REASON_CHARS }) : undefined}
      withAsterisk
    />
  );
}
