import { lazy, Suspense, useId } from 'react';
import { Box, Group, Skeleton, Stack, Text } from '@mantine/core';
import { seriesStyle, type DoseSeries } from '../doseSeries';
import { DoseChangesTable } from './DoseChangesTable';

// Recharts is heavy and only needed once an answer or the what-if lab is open.
const DoseLinesChart = lazy(() => import('./DoseLinesChart'));

function summarise(series: readonly DoseSeries[]): string {
  return series
    .map((entry) => {
      const highest = Math.max(0, ...entry.days.map((day) => day.totalMg));
      return `${entry.label}: ${entry.days.length} days, highest ${highest} mg/day, cap ${entry.capMgPerDay} mg/day`;
    })
    .join('; ');
}

/**
 * Daily dose of one or more plans on one chart, with a legend that names each line's pattern and a
 * table of dose changes as the text alternative (also what a screen reader user reads).
 */
export function DoseChartPanel({ series, title }: { series: readonly DoseSeries[]; title: string }) {
  const captionId = useId();
  const planned = series.filter((entry) => entry.days.length > 0);
  if (planned.length === 0) {
    return (
      <Text size="sm" c="dark.5">
        No plan to chart: every option here is blocked by a hard stop.
      </Text>
    );
  }
  return (
    <Box component="figure" m={0} aria-labelledby={captionId}>
      <Stack gap="xs">
        <Text component="figcaption" id={captionId} fw={600} size="sm">
          {title}
        </Text>
        <Group gap="md" wrap="wrap" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {planned.map((entry, index) => {
            const style = seriesStyle(index);
            return (
              <Group component="li" key={entry.id} gap={6} wrap="nowrap">
                <svg width="32" height="10" aria-hidden focusable="false">
                  <line
                    x1="0"
                    y1="5"
                    x2="32"
                    y2="5"
                    stroke={style.color}
                    strokeWidth="3"
                    strokeDasharray={style.dash}
                  />
                </svg>
                <Text size="sm">
                  {entry.label}{' '}
                  <Text span size="xs" c="dark.5">
                    ({style.dashText})
                  </Text>
                </Text>
              </Group>
            );
          })}
        </Group>
        <div
          role="img"
          aria-label={`Chart of daily dose. ${summarise(planned)}. The table below lists every change.`}
        >
          <Suspense fallback={<Skeleton height={300} aria-hidden />}>
            <DoseLinesChart series={planned} />
          </Suspense>
        </div>
        <details>
          <summary>
            <Text span size="sm" fw={500}>
              Show the chart as a table (days on which a dose changes)
            </Text>
          </summary>
          <DoseChangesTable series={planned} caption={`${title}: dose changes by plan day`} />
        </details>
      </Stack>
    </Box>
  );
}
