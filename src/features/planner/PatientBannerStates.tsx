import { Alert, Paper, Text } from '@mantine/core';
import { t } from '../../i18n';

/** While the chart loads, and if it cannot be read: never a plan that looks like it has no owner. */
export function PatientBannerPending({ patientId }: { patientId: string }) {
  return (
    <Paper withBorder p="sm" role="status" aria-label={t('banner.loading.label')}>
      <Text size="sm">{t('banner.loading', { id: patientId })}</Text>
    </Paper>
  );
}

export function PatientBannerError({ patientId }: { patientId: string }) {
  return (
    <Alert color="red" title={t('banner.error.title')} role="alert">
      {t('banner.error.body', { id: patientId })}
    </Alert>
  );
}
