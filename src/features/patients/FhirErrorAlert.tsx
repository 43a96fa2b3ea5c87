import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import {
  IconAlertTriangle,
  IconFileAlert,
  IconRefresh,
  IconServerOff,
  IconWifiOff,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { isFhirError } from '../../fhir/client';

function describe(error: unknown): { title: string; advice: string; Icon: typeof IconAlertTriangle } {
  if (!isFhirError(error)) {
    return {
      title: 'Something went wrong',
      advice: 'Retry; if it keeps failing, reload the page.',
      Icon: IconAlertTriangle,
    };
  }
  switch (error.kind) {
    case 'network':
      return {
        title: 'The FHIR server is unreachable',
        advice: 'Check the network connection or VPN, then retry. Nothing on this page has been changed.',
        Icon: IconWifiOff,
      };
    case 'timeout':
      return {
        title: 'The FHIR server did not answer in time',
        advice: 'Retry in a moment.',
        Icon: IconServerOff,
      };
    case 'malformed':
      return {
        title: 'The FHIR server sent an answer bacloplan cannot read',
        advice:
          'This usually means a server misconfiguration. Retry; if it persists, tell your EHR administrator.',
        Icon: IconFileAlert,
      };
    case 'unauthorized':
      return {
        title: 'Access to the FHIR server was refused',
        advice: 'Launch bacloplan again from your EHR.',
        Icon: IconAlertTriangle,
      };
    case 'not-found':
      return {
        title: 'Not found on the FHIR server',
        advice: 'The record may have been merged or removed.',
        Icon: IconAlertTriangle,
      };
    case 'http':
      return error.status !== undefined && error.status >= 500
        ? {
            title: 'The FHIR server reported an error',
            advice:
              'This is a problem on the server side. Retry; if it persists, tell your EHR administrator.',
            Icon: IconServerOff,
          }
        : {
            title: 'The FHIR server rejected the request',
            advice: 'Retry; if it persists, tell your EHR administrator.',
            Icon: IconAlertTriangle,
          };
  }
}

/** A failed FHIR request in words: what happened, what to do, and a Retry button. */
export function FhirErrorAlert({
  error,
  onRetry,
  children,
}: {
  error: unknown;
  onRetry?: () => void;
  children?: ReactNode;
}) {
  const { title, advice, Icon } = describe(error);
  return (
    <Alert color="red" variant="light" icon={<Icon aria-hidden />} title={title} role="alert">
      <Stack gap="xs">
        <Text size="sm">{error instanceof Error ? error.message : String(error)}</Text>
        <Text size="sm">{advice}</Text>
        {children}
        {onRetry ? (
          <Group>
            <Button
              variant="filled"
              color="red"
              leftSection={<IconRefresh size={16} aria-hidden />}
              onClick={onRetry}
            >
              Retry
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Alert>
  );
}
