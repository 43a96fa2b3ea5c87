import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertOctagon } from '@tabler/icons-react';
import { t } from '../../i18n';

/** Wherever the plan shows, an override shows: who can miss a red banner with the reason in it. */
export function OverrideBanner({
  reason,
  onRemove,
  title = t('override.banner.title'),
}: {
  reason: string;
  onRemove?: () => void;
  title?: string;
}) {
  return (
    <Alert
      color="red"
      variant="filled"
      icon={<IconAlertOctagon aria-hidden />}
      title={title}
      data-testid="override-banner"
    >
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text size="sm">{t('override.banner.reason', { reason })}</Text>
        {onRemove ? (
          <Button size="compact-xs" variant="white" color="red" onClick={onRemove} className="no-print">
            {t('override.banner.remove')}
          </Button>
        ) : null}
      </Group>
    </Alert>
  );
}
