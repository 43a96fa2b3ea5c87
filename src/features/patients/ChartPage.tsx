import { Grid, Stack, Text } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import type { Sex } from '../../rules';
import type { PlannerState } from '../../lib/plannerLink';
import { assessChartRenal, creatinineStatus, reviewChart } from '../../fhir/assess';
import { clinicalToday } from '../../fhir/clock';
import { chartToPlannerSearch, creatinineTrend } from '../../fhir/mapping';
import { isDemoMode } from '../../lib/config';
import { AllergyCard } from './AllergyCard';
import { ChartAlerts } from './ChartAlerts';
import { ChartHeader } from './ChartHeader';
import { ConditionTable } from './ConditionTable';
import { CreatinineTrend } from './CreatinineTrend';
import { MedicationTable } from './MedicationTable';
import { RenalCard } from './RenalCard';
import { SavedPlans } from './SavedPlans';
import { formatDate } from './format';
import { usePatientChart } from './usePatientChart';

/** What the chart page gives the follow-up section its route puts in (features do not import each other). */
export interface ChartFollowUpSlot {
  sex?: Sex;
  plannerSearch: PlannerState;
}

/**
 * Chart review before planning: who, kidneys over time, medicines, conditions, earlier plans, and the
 * follow-up visits (`followUp`, from the route).
 */
export function ChartPage({
  patientId,
  followUp,
}: {
  patientId: string;
  followUp?: (slot: ChartFollowUpSlot) => ReactNode;
}) {
  const today = clinicalToday();
  const chart = usePatientChart(patientId, today);
  const renal = useMemo(() => assessChartRenal(chart, today), [chart, today]);
  const labs = useMemo(() => creatinineStatus(chart, today), [chart, today]);
  const review = useMemo(
    () => reviewChart(chart, renal.status === 'assessed' ? renal.assessment : undefined),
    [chart, renal],
  );
  const trend = useMemo(() => creatinineTrend(chart), [chart]);
  const plannerSearch = useMemo(() => chartToPlannerSearch(chart, today), [chart, today]);

  return (
    <Stack gap="lg" maw={1280}>
      <ChartHeader patient={chart.patient} plannerSearch={plannerSearch} />
      {isDemoMode ? (
        <Text size="xs" c="dark.6">
          Demo chart; ages and result ages are as of {formatDate(today)}.
        </Text>
      ) : null}
      <ChartAlerts chart={chart} labs={labs} renal={renal} plannerSearch={plannerSearch} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="lg">
            <RenalCard chart={chart} renal={renal} />
            <CreatinineTrend points={trend} unit={chart.labs.creatinine[0]?.unit} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="lg">
            <SavedPlans patientId={chart.patient.id} />
            <AllergyCard allergies={chart.allergies} review={review} />
          </Stack>
        </Grid.Col>
        {followUp ? (
          <Grid.Col span={12}>
            {followUp({ plannerSearch, ...(chart.patient.sex ? { sex: chart.patient.sex } : {}) })}
          </Grid.Col>
        ) : null}
        <Grid.Col span={12}>
          <MedicationTable review={review} />
        </Grid.Col>
        <Grid.Col span={12}>
          <ConditionTable review={review} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
