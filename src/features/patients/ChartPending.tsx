import { Card, Grid, Group, Skeleton, Stack } from '@mantine/core';
import { SlowLoadingNotice } from './SlowLoadingNotice';

/** Shown while the chart loads (after the router's pending delay); says so if the server is slow. */
export function ChartPending() {
  return (
    <Stack gap="lg" maw={1280} role="group" aria-busy="true" aria-label="Loading the chart">
      <Group justify="space-between">
        <Stack gap={8}>
          <Skeleton height={28} width={260} />
          <Skeleton height={14} width={320} />
        </Stack>
        <Skeleton height={42} width={170} />
      </Group>
      <SlowLoadingNotice delayMs={1000} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Card withBorder radius="md" padding="lg">
            <Skeleton height={200} />
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Card withBorder radius="md" padding="lg">
            <Skeleton height={200} />
          </Card>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
