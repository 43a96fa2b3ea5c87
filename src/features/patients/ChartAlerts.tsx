import { Alert, Group, List, Stack, Text } from '@mantine/core';
import {
  IconAlertTriangle,
  IconClockExclamation,
  IconFlaskOff,
  IconHandStop,
  IconInfoCircle,
} from '@tabler/icons-react';
import type { ChartRenal, LabStatus } from '../../fhir/assess';
import { sameInstantCreatinine, type PatientChart } from '../../fhir/mapping';
import { plannerLinkProps, type PlannerState } from '../../lib/plannerLink';
import { ButtonLink } from '../../components/ButtonLink';
import { formatAgeDays, formatDate, formatNumber } from './format';

type CreatinineUnit = 'mg/dL' | 'umol/L';
const UNIT_LABEL: Record<CreatinineUnit, string> = { 'mg/dL': 'mg/dL', 'umol/L': 'µmol/L' };
const otherUnit = (unit: CreatinineUnit): CreatinineUnit => (unit === 'mg/dL' ? 'umol/L' : 'mg/dL');

/** What the prescriber must know before trusting the numbers: stale or missing labs, bad units, dialysis. */
export function ChartAlerts({
  chart,
  labs,
  renal,
  plannerSearch,
}: {
  chart: PatientChart;
  labs: LabStatus;
  /** The planner prefilled from this chart, for the unit question's two answers. */
  plannerSearch: PlannerState;
  renal: ChartRenal;
}) {
  const weight = chart.labs.weights[0];
  // Spec 1.2 §2.6: results at the same instant that differ are all shown; the higher one is used.
  const sameInstant = sameInstantCreatinine(chart.labs.creatinine)[0];
  const usedConflict = sameInstant && sameInstant[0] === chart.labs.creatinine[0] ? sameInstant : undefined;
  return (
    <Stack gap="sm">
      {usedConflict ? (
        <Alert
          color="orange"
          icon={<IconAlertTriangle aria-hidden />}
          title="Two creatinine results at the same time"
        >
          The chart has {usedConflict.length} different creatinine results on{' '}
          {formatDate(usedConflict[0]!.date)}:{' '}
          {usedConflict
            .map((result) => `${formatNumber(result.value, 2)} ${UNIT_LABEL[result.unit]}`)
            .join(' and ')}
          . bacloplan uses the higher, {formatNumber(usedConflict[0]!.value, 2)}{' '}
          {UNIT_LABEL[usedConflict[0]!.unit]} (the more cautious reading). Check with the laboratory which is
          right.
        </Alert>
      ) : null}
      {chart.onDialysis ? (
        <Alert color="red" icon={<IconHandStop aria-hidden />} title="On renal dialysis: hard stop">
          The problem list records dialysis. Baclofen is removed by dialysis and accumulates between sessions;
          a plan needs a specialist override (maximum 5 mg/day if overridden).
        </Alert>
      ) : null}
      {renal.status === 'unit-suspect' ? (
        <Alert
          color="red"
          icon={<IconAlertTriangle aria-hidden />}
          title={`Creatinine unit question — ${renal.finding.title}`}
        >
          <Stack gap="xs">
            <Text size="sm">
              {renal.finding.detail} The renal band is not shown until the unit is answered. The chart keeps
              the value as recorded; the answer goes with the plan.
            </Text>
            <Group gap="xs">
              <ButtonLink
                {...plannerLinkProps({ ...plannerSearch, scrUnit: otherUnit(renal.creatinine.unit) })}
                size="xs"
                color="red"
              >
                Plan with {renal.creatinine.value} {UNIT_LABEL[otherUnit(renal.creatinine.unit)]}
              </ButtonLink>
              <ButtonLink
                {...plannerLinkProps({ ...plannerSearch, unitConfirmed: true })}
                size="xs"
                variant="default"
              >
                Plan with {renal.creatinine.value} {UNIT_LABEL[renal.creatinine.unit]} as recorded
              </ButtonLink>
            </Group>
          </Stack>
        </Alert>
      ) : null}
      {labs.status === 'stale' ? (
        <Alert color="orange" icon={<IconClockExclamation aria-hidden />} title="Stale labs">
          The latest creatinine is from {formatDate(labs.date)} ({formatAgeDays(labs.ageDays)}, more than 90
          days). Recheck renal function before planning.
        </Alert>
      ) : null}
      {labs.status === 'none' ? (
        <Alert color="gray" icon={<IconFlaskOff aria-hidden />} title="No creatinine on the chart">
          The renal check needs a serum creatinine; order one or enter a recent value in the planner.
        </Alert>
      ) : null}
      {weight &&
      labs.status !== 'none' &&
      labs.status === 'current' &&
      isStaleWeight(weight.date, labs.date) ? (
        <Alert
          color="orange"
          icon={<IconClockExclamation aria-hidden />}
          title="Weight is much older than the creatinine"
        >
          Weight {formatNumber(weight.value, 1)} kg is from {formatDate(weight.date)}; Cockcroft–Gault uses
          it.
        </Alert>
      ) : null}
      {renal.status === 'missing' && labs.status !== 'none' ? (
        <Alert color="gray" icon={<IconInfoCircle aria-hidden />} title="Not enough data for the renal band">
          Missing on the chart: {renal.missing.join(', ')}. Enter it in the planner.
        </Alert>
      ) : null}
      {renal.status === 'invalid' ? (
        <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title="A chart value is implausible">
          {renal.message}
        </Alert>
      ) : null}
      {chart.labs.skipped.length > 0 ? (
        <Alert color="gray" icon={<IconInfoCircle aria-hidden />} title="Results not used">
          <Text size="sm">These chart results could not be read safely and are left out:</Text>
          <List size="sm">
            {chart.labs.skipped.map((item) => (
              <List.Item key={item.observationId}>
                {item.what} {item.date ? `of ${formatDate(item.date)}` : ''}: {item.reason}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
    </Stack>
  );
}

function isStaleWeight(weightDate: string, creatinineDate: string): boolean {
  return Date.parse(creatinineDate) - Date.parse(weightDate) > 180 * 86_400_000;
}
