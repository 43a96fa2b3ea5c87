import { Text } from '@mantine/core';
import { daysBetween, formatDate } from '../../lib/format';
import { t } from '../../i18n';

/** Labs older than this are flagged: a plan should not rest on an old creatinine without knowing it. */
export const STALE_AFTER_DAYS = 90;

/** "Measured 3 Aug 2026" and, when older than 90 days, a worded warning (not colour alone). */
export function StaleValueNote({ date, today }: { date?: string; today: string | undefined }) {
  // `today` is unknown only while a pre-rendered planner hydrates, when no lab date is shown yet.
  if (!date || !today) return null;
  const age = daysBetween(date, today);
  const stale = age > STALE_AFTER_DAYS;
  return (
    <Text span size="xs" c={stale ? 'orange.9' : 'dark.5'} fw={stale ? 600 : 400}>
      {stale
        ? t('renal.stale', { date: formatDate(date), days: age })
        : t('renal.measured', { date: formatDate(date) })}
    </Text>
  );
}
