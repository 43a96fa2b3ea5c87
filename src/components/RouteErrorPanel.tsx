import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { useEffect } from 'react';

/** Route-level error: says what failed and offers a retry that also resets failed queries. */
export function RouteErrorPanel({ error }: ErrorComponentProps) {
  const router = useRouter();
  const { reset } = useQueryErrorResetBoundary();
  useEffect(() => {
    reset();
  }, [reset]);
  return (
    <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title="This page could not load" role="alert">
      <Stack gap="sm">
        <Text size="sm">{error instanceof Error ? error.message : 'Unknown error'}</Text>
        <Text size="sm">Nothing you entered in the planner is lost: drafts are saved on this device.</Text>
        <Group>
          <Button onClick={() => void router.invalidate()}>Try again</Button>
        </Group>
      </Stack>
    </Alert>
  );
}
