import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconUserQuestion } from '@tabler/icons-react';
import { useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { patientSearchOptions } from '../../fhir/queries';
import { PatientPage } from './PatientPage';

/** The search results, page by page as the server's Bundle `next` links allow. */
export function PatientResults({ query, today }: { query: string; today: string }) {
  const { data, hasNextPage, fetchNextPage, isFetchingNextPage } = useSuspenseInfiniteQuery(
    patientSearchOptions(query),
  );
  const shown = data.pages.reduce((sum, page) => sum + page.resources.length, 0);
  const total = data.pages[0]?.total;

  if (shown === 0) {
    return (
      <Alert color="gray" variant="light" icon={<IconUserQuestion aria-hidden />} title="No patients found">
        {query
          ? `No patient on the FHIR server has a name starting with “${query}”. Check the spelling, or try the family name alone.`
          : 'The FHIR server returned no patients.'}
      </Alert>
    );
  }

  return (
    <Stack gap="sm">
      <Text size="sm" c="dark.6" role="status" aria-live="polite">
        {total !== undefined ? `Showing ${shown} of ${total} patients` : `Showing ${shown} patients`}
        {query ? ` matching “${query}”` : ''}
      </Text>
      <Stack
        gap="sm"
        component="ul"
        aria-label="Patients"
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
      >
        {data.pages.map((page, index) => (
          <PatientPage key={index} patients={page.resources} today={today} />
        ))}
      </Stack>
      {hasNextPage ? (
        <Group justify="center">
          <Button variant="default" loading={isFetchingNextPage} onClick={() => void fetchNextPage()}>
            Show more patients
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
