import { Stack, Title } from '@mantine/core';
import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { useEffect } from 'react';
import { isFhirError } from '../../fhir/client';
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
      <AnchorLink to="/patients">Back to the patient list</AnchorLink>
    </Stack>
  );
}
