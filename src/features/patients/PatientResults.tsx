import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconCalendarQuestion, IconUserQuestion } from '@tabler/icons-react';
import { useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { describePatientQuery, parsePatientQuery } from '../../fhir/patientSearch';
import { patientSearchOptions } from '../../fhir/queries';
import { PatientPage } from './PatientPage';

/** The search results, page by page as the server's Bundle `next` links allow. */
export function PatientResults({ query, today }: { query: string; today: string }) {
  const { data, hasNextPage, fetchNextPage, isFetchingNextPage } = useSuspenseInfiniteQuery(
    patientSearchOptions(query),
  );
  const shown = data.pages.reduce((sum, page) => sum + page.resources.length, 0);
  const total = data.pages[0]?.total;
  const parsed = parsePatientQuery(query);
  const searched = describePatientQuery(parsed);
  const dateHint =
    parsed.unreadDates.length > 0 ? (
      <Alert
        color="yellow"
        variant="light"
        icon={<IconCalendarQuestion aria-hidden />}
        title="Date not searched"
      >
        {`“${parsed.unreadDates.join('”, “')}” is not read as a date of birth: day and month could be either way round. Type it as yyyy-mm-dd, e.g. 1981-05-12.`}
      </Alert>
    ) : null;

  if (shown === 0) {
    return (
      <Stack gap="sm">
        {dateHint}
        <Alert color="gray" variant="light" icon={<IconUserQuestion aria-hidden />} title="No patients found">
          {searched
            ? `No patient on the FHIR server matches ${searched}. Check the spelling, or search with fewer words.`
            : 'The FHIR server returned no patients.'}
        </Alert>
      </Stack>
    );
  }

  return (
    <Stack gap="sm">
      {dateHint}
      <Text size="sm" c="dark.6" role="status" aria-live="polite">
        {total !== undefined ? `Showing ${shown} of ${total} patients` : `Showing ${shown} patients`}
        {searched ? ` matching ${searched}` : ''}
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
