import { Card, Skeleton, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconChartLine, IconTable } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import type { CreatininePoint, CreatinineUnit } from '../../fhir/mapping';
import { CreatinineTable } from './CreatinineTable';
import { formatDate, formatNumber, unitLabel } from './format';

const CreatinineTrendChart = lazy(() => import('./CreatinineTrendChart'));

/** Creatinine and eGFR over time, as a chart or as a table (the same data). */
export function CreatinineTrend({
  points,
  unit,
}: {
  points: readonly CreatininePoint[];
  unit: CreatinineUnit | undefined;
}) {
  const [view, setView] = useState<string | null>('chart');
  const suspect = points.filter((point) => point.unitSuspect);
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="trend-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="trend-title">
          Creatinine and eGFR over time
        </Title>
        {points.length === 0 || !unit ? (
          <Text c="dark.6">No creatinine results on the chart.</Text>
        ) : (
          <Tabs value={view} onChange={setView} keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="chart" leftSection={<IconChartLine size={16} aria-hidden />}>
                Chart
              </Tabs.Tab>
              <Tabs.Tab value="table" leftSection={<IconTable size={16} aria-hidden />}>
                Table
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="chart" pt="sm">
              <Suspense fallback={<Skeleton height={280} role="status" aria-label="Loading chart" />}>
                <CreatinineTrendChart points={points} unit={unit} />
              </Suspense>
              {suspect.length > 0 ? (
                <Text size="sm" c="red.8" mt="xs">
                  Not plotted (unit looks wrong):{' '}
                  {suspect
                    .map(
                      (point) =>
                        `${formatNumber(point.value)} ${unitLabel(point.unit)} on ${formatDate(point.date)}`,
                    )
                    .join('; ')}
                  .
                </Text>
              ) : null}
            </Tabs.Panel>
            <Tabs.Panel value="table" pt="sm">
              <CreatinineTable points={points} />
            </Tabs.Panel>
          </Tabs>
        )}
      </Stack>
    </Card>
  );
}
