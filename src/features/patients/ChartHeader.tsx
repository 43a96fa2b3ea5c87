import { Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconCalculator } from '@tabler/icons-react';
import { AnchorLink } from './AnchorLink';
import { ButtonLink } from '../../components/ButtonLink';
import { plannerLinkProps, type PlannerState } from '../../lib/plannerLink';
import type { PatientSummary } from '../../fhir/mapping';
import { formatDate, sexLabel } from './format';

/** Who the chart is about, and the page's main action: open the planner prefilled from the chart. */
export function ChartHeader({
  patient,
  plannerSearch,
}: {
  patient: PatientSummary;
  plannerSearch: PlannerState;
}) {
  return (
    <Stack gap="xs">
      <AnchorLink to="/patients" size="sm" w="fit-content">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          All patients
        </Group>
      </AnchorLink>
      <Group justify="space-between" align="flex-end" gap="md">
        <Stack gap={2} style={{ minWidth: 0, flex: '1 1 320px' }}>
          <Title order={2} style={{ overflowWrap: 'anywhere' }}>
            {patient.name}
          </Title>
          <Text c="dark.6">
            {sexLabel(patient.sex, patient.genderRecorded)} ·{' '}
            {patient.ageYears !== undefined
              ? `${patient.ageYears} years (born ${formatDate(patient.birthDate)})`
              : 'birth date not recorded'}
            {patient.identifier ? ` · MRN ${patient.identifier}` : ''}
          </Text>
        </Stack>
        <Stack gap={4} align="flex-end" style={{ flex: '0 1 auto' }}>
          <ButtonLink
            {...plannerLinkProps(plannerSearch)}
            size="md"
            leftSection={<IconCalculator size={18} aria-hidden />}
          >
            Plan from chart
          </ButtonLink>
          <Text size="xs" c="dark.6" ta="right">
            Opens the planner with this chart&apos;s latest values; you review every one.
          </Text>
        </Stack>
      </Group>
    </Stack>
  );
}
