/**
 * The chart page's follow-up: the visits recorded for this patient (on the chart and on this device),
 * planned against taken dose, drinking and craving, and the table. Visits are recorded in the planner
 * (step 5), where the plan they follow is.
 */
import { Alert, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconCalendarPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Sex } from '../../rules';
import { plannerLinkProps, type PlannerState } from '../../lib/plannerLink';
import { savedVisitsOptions } from '../../fhir/queries';
import { ButtonLink } from '../../components/ButtonLink';
import { formatDate } from '../../lib/format';
import { FollowUpChart } from './FollowUpChart';
import { followUpRows } from './followUpSeries';
import { VisitsTable } from './VisitsTable';
import { mergeVisits, patientSubject, useDeviceVisits } from './visitStore';

export default function ChartVisits({
  patientId,
  sex,
  plannerSearch,
}: {
  patientId: string;
  sex?: Sex;
  plannerSearch: PlannerState;
}) {
  const server = useQuery(savedVisitsOptions(patientId));
  const device = useDeviceVisits(patientSubject(patientId));
  const visits = useMemo(() => mergeVisits(device.visits, server.data ?? []), [device.visits, server.data]);
  const onServer = useMemo(() => new Set((server.data ?? []).map((record) => record.uuid)), [server.data]);
  const rows = useMemo(() => followUpRows(visits, []), [visits]);
  return (
    <Card withBorder component="section" aria-labelledby="chart-visits-title" radius="md" padding="lg">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={3} size="h4" id="chart-visits-title">
            Follow-up visits
          </Title>
          <ButtonLink
            {...plannerLinkProps(plannerSearch)}
            hash="step-follow-up"
            variant="light"
            leftSection={<IconCalendarPlus size={16} aria-hidden />}
          >
            Record a visit in the planner
          </ButtonLink>
        </Group>
        {server.error ? (
          <Alert color="orange" title="The visits on the chart could not be read">
            {server.error.message}
          </Alert>
        ) : null}
        {server.isPending ? (
          <Text size="sm">Loading the visits…</Text>
        ) : visits.length === 0 ? (
          <Text size="sm" c="dark.5">
            No follow-up visits recorded for this patient.
          </Text>
        ) : (
          <>
            <Text size="sm">
              {visits.length} visit{visits.length === 1 ? '' : 's'}, {formatDate(visits[0]?.visit.date ?? '')}{' '}
              to {formatDate(visits.at(-1)?.visit.date ?? '')}.
            </Text>
            <FollowUpChart rows={rows} {...(sex ? { sex } : {})} />
            <VisitsTable
              visits={visits}
              placeOf={(record) => (onServer.has(record.uuid) ? 'chart' : 'device-pending')}
            />
          </>
        )}
      </Stack>
    </Card>
  );
}
