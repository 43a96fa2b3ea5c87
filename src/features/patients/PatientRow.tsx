import { Button, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import type { Patient } from '@medplum/fhirtypes';
import { useMemo } from 'react';
import { buildChart, mapPatient } from '../../fhir/mapping';
import type { PatientListDetails } from '../../fhir/queries';
import { listFlags } from './listFlags';
import { StatusFlag } from './StatusFlag';
import { AnchorLink } from './AnchorLink';
import { formatDate, formatNumber, sexLabel, unitLabel } from './format';

interface PatientRowProps {
  patient: Patient & { id: string };
  today: string;
  details: PatientListDetails[string] | undefined;
  detailsError: unknown;
  onRetryDetails: () => void;
}

/** One patient in the list: who (name, sex, age), the latest creatinine with its date, and flags. */
export function PatientRow({ patient, today, details, detailsError, onRetryDetails }: PatientRowProps) {
  const summary = mapPatient(patient, today);
  const chart = useMemo(
    () => (details ? buildChart({ patient, ...details }, today) : undefined),
    [patient, details, today],
  );
  const flags = useMemo(() => (chart ? listFlags(chart, today) : []), [chart, today]);
  const creatinine = chart?.labs.creatinine[0];
  const nameId = `patient-${patient.id}-name`;

  return (
    <Paper component="li" withBorder p="md" radius="md" aria-labelledby={nameId}>
      <Group justify="space-between" align="flex-start" gap="md" wrap="wrap">
        <Stack gap={2} style={{ flex: '1 1 220px', minWidth: 0 }}>
          <AnchorLink
            to="/patients/$patientId"
            params={{ patientId: patient.id }}
            fw={650}
            size="lg"
            id={nameId}
            style={{ overflowWrap: 'anywhere' }}
          >
            {summary.name}
          </AnchorLink>
          <Text size="sm" c="dark.6">
            {sexLabel(summary.sex, summary.genderRecorded)} ·{' '}
            {summary.ageYears !== undefined ? `${summary.ageYears} years` : 'age not recorded'}
            {summary.identifier ? ` · MRN ${summary.identifier}` : ''}
          </Text>
        </Stack>
        <Stack gap={0} style={{ flex: '0 1 180px' }}>
          <Text size="xs" c="dark.5" fw={600} tt="uppercase">
            Latest creatinine
          </Text>
          {!details && !detailsError ? (
            <Skeleton height={14} width={110} mt={4} role="status" aria-label="Loading labs" />
          ) : creatinine ? (
            <>
              <Text size="sm" fw={650}>
                {formatNumber(creatinine.value)} {unitLabel(creatinine.unit)}
              </Text>
              <Text size="xs" c="dark.6">
                {formatDate(creatinine.date)}
              </Text>
            </>
          ) : (
            <Text size="sm" c="dark.6">
              {detailsError ? 'not loaded' : 'none on the chart'}
            </Text>
          )}
        </Stack>
        <Group gap={6} style={{ flex: '1 1 320px' }} justify="flex-start" aria-label="Flags" role="group">
          {detailsError ? (
            <Group gap="xs">
              <Text size="sm" c="red.8">
                Labs and medicines could not load.
              </Text>
              <Button size="compact-sm" variant="light" color="red" onClick={onRetryDetails}>
                Retry
              </Button>
            </Group>
          ) : !details ? (
            <Skeleton height={22} width={200} role="status" aria-label="Loading flags" />
          ) : flags.length === 0 ? (
            <Text size="sm" c="dark.6">
              No flags
            </Text>
          ) : (
            flags.map(({ key, ...flag }) => <StatusFlag key={key} {...flag} />)
          )}
        </Group>
      </Group>
    </Paper>
  );
}
