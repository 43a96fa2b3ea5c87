import { Group, Paper, Skeleton, Stack } from '@mantine/core';
import { SlowLoadingNotice } from './SlowLoadingNotice';

/** Placeholder rows while the patient search runs (with a "still waiting" note if it is slow). */
export function PatientListSkeleton({ rows = 6 }: { rows?: number }) {
  return (
    <Stack gap="sm" role="group" aria-busy="true" aria-label="Loading patients">
      <SlowLoadingNotice />
      {Array.from({ length: rows }, (_, index) => (
        <Paper key={index} withBorder p="md" radius="md">
          <Group justify="space-between" wrap="nowrap">
            <Stack gap={8} style={{ flex: 1 }}>
              <Skeleton height={16} width="35%" />
              <Skeleton height={12} width="20%" />
            </Stack>
            <Skeleton height={22} width={120} />
            <Skeleton height={22} width={160} visibleFrom="sm" />
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
