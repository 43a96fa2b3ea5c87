import { Alert, Stack, Text, Title } from '@mantine/core';
import { IconCloudOff } from '@tabler/icons-react';
import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { useParams, useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { useEffect } from 'react';
import { isFhirError } from '../../fhir/client';
import { useOutboxStatus } from '../../fhir/outbox';
import { FhirErrorAlert } from './FhirErrorAlert';
import { AnchorLink } from './AnchorLink';

/** The chart could not load: say why, offer Retry (which also resets the failed queries). */
export function ChartError({ error, reset }: ErrorComponentProps) {
  const router = useRouter();
  const queryErrorResetBoundary = useQueryErrorResetBoundary();
  useEffect(() => {
    // Failed queries must be retried on the next render, not served from the error cache.
    queryErrorResetBoundary.reset();
  }, [queryErrorResetBoundary]);
  const notFound = isFhirError(error) && error.kind === 'not-found';
  return (
    <Stack gap="md" maw={900}>
      <Title order={2}>{notFound ? 'Patient not found' : 'The chart could not load'}</Title>
      <FhirErrorAlert
        error={error}
        onRetry={
          notFound
            ? undefined
            : () => {
                reset();
                void router.invalidate();
              }
        }
      />
      {isFhirError(error) && error.kind === 'unauthorized' ? (
        <AnchorLink to="/launch">Sign in again to the FHIR server</AnchorLink>
      ) : null}
      <WaitingOnDevice />
      <AnchorLink to="/patients">Back to the patient list</AnchorLink>
    </Stack>
  );
}

/** Plans for this patient kept on the device are still said when the chart itself cannot load. */
function WaitingOnDevice() {
  const { patientId } = useParams({ strict: false });
  // Plans the server rejected are not waiting: the chart lists them, with the server's reason, once it loads.
  const records = useOutboxStatus(patientId).records.filter((record) => record.status !== 'failed');
  if (!patientId || records.length === 0) return null;
  const signIn = records.some((record) => record.needsSignIn);
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconCloudOff aria-hidden />}
      role="status"
      title={`${records.length === 1 ? 'A plan' : `${records.length} plans`} for this patient saved on this device only`}
    >
      <Text size="sm">
        {signIn
          ? 'Waiting for sign-in: it is sent once you have signed in again.'
          : 'Not yet synced: it is sent when the FHIR server is reachable.'}{' '}
        Nothing is lost by leaving this page.
      </Text>
    </Alert>
  );
}
