import { Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { CatchBoundary } from '@tanstack/react-router';
import { Suspense, useDeferredValue, useState } from 'react';
import { clinicalToday, DEMO_TODAY } from '../../fhir/clock';
import { useClientValue } from '../../lib/useClientValue';
import { WithQueryClient } from '../../lib/queryClientSource';
import { isDemoMode } from '../../lib/config';
import { FhirErrorAlert } from './FhirErrorAlert';
import { PatientListSkeleton } from './PatientListSkeleton';
import { PatientResults } from './PatientResults';
import { formatDate } from './format';

interface PatientsPageProps {
  /** The search as typed, kept in the history entry (never in the address). */
  query: string;
  /** Writes a new query to the URL (replacing the history entry: typing is not navigation). */
  onQueryChange: (query: string) => void;
}

/** Patient search: one box (debounced, kept in the history entry) over the FHIR server's Patient search. */
export function PatientsPage({ query, onQueryChange }: PatientsPageProps) {
  const [text, setText] = useState(query);
  const commit = useDebouncedCallback((value: string) => onQueryChange(value.trim()), 300);
  // While a new search loads, keep showing the previous results instead of flashing a skeleton.
  const shownQuery = useDeferredValue(query);
  // The clinical day belongs to the browser: while the pre-rendered page hydrates it is unknown, and
  // the list shows its skeleton until the first browser render starts the search.
  const today = useClientValue(clinicalToday, undefined);

  return (
    <Stack gap="lg" maw={1200}>
      <Stack gap={4}>
        <Title order={2}>Patients</Title>
        <Text c="dark.6" size="sm">
          Charts from the FHIR server: latest creatinine, renal band and interacting medicines at a glance.
          {isDemoMode ? ` Demo data, dated as of ${formatDate(DEMO_TODAY)}.` : ''}
        </Text>
      </Stack>
      <form role="search" aria-label="Patient search" onSubmit={(event) => event.preventDefault()}>
        <TextInput
          label="Search by name, record number or date of birth"
          description="Words in any order (“Henri Lefèvre”, “Lefevre Henri”); a date of birth as yyyy-mm-dd."
          placeholder="e.g. Martin 1981-05-12"
          leftSection={<IconSearch size={16} aria-hidden />}
          rightSection={
            shownQuery !== query ? <Loader size="xs" role="status" aria-label="Searching" /> : null
          }
          value={text}
          maxLength={100}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => {
            setText(event.currentTarget.value);
            commit(event.currentTarget.value);
          }}
          maw={480}
        />
      </form>
      <QueryErrorResetBoundary>
        {({ reset }) => (
          <CatchBoundary
            getResetKey={() => shownQuery}
            onCatch={() => undefined}
            errorComponent={({ error, reset: resetBoundary }) => (
              <FhirErrorAlert
                error={error}
                onRetry={() => {
                  reset();
                  resetBoundary();
                }}
              />
            )}
          >
            {today === undefined ? (
              <PatientListSkeleton />
            ) : (
              <Suspense fallback={<PatientListSkeleton />}>
                <WithQueryClient>
                  <PatientResults query={shownQuery} today={today} />
                </WithQueryClient>
              </Suspense>
            )}
          </CatchBoundary>
        )}
      </QueryErrorResetBoundary>
      <Group gap="xs" c="dark.5">
        <Text size="xs">
          Only the FHIR server configured for bacloplan is queried; nothing is sent anywhere else.
        </Text>
      </Group>
    </Stack>
  );
}
