import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { useEffect } from 'react';
import { t } from '../i18n';

/** Route-level error: says what failed and offers a retry that also resets failed queries. */
export function RouteErrorPanel({ error }: ErrorComponentProps) {
  const router = useRouter();
  const { reset } = useQueryErrorResetBoundary();
  useEffect(() => {
    reset();
  }, [reset]);
  return (
    <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title={t('routeError.title')} role="alert">
      <Stack gap="sm">
        <Text size="sm">{error instanceof Error ? error.message : t('routeError.unknown')}</Text>
        <Text size="sm">{t('routeError.kept')}</Text>
        <Group>
          <Button onClick={() => void router.invalidate()}>{t('routeError.retry')}</Button>
        </Group>
      </Stack>
    </Alert>
  );
}
