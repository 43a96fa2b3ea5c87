import { SimpleGrid, Stack, Text } from '@mantine/core';

/** The two kinds of regimen side by side, so the choice is an informed one. */
export function FixedVsFlexible() {
  return (
    <SimpleGrid cols={2} spacing="xs" role="group" aria-label="Fixed versus flexible regimens">
      <Stack gap={2} p="xs" bg="indigo.0" style={{ borderRadius: 8 }}>
        <Text size="xs" fw={700}>
          Fixed
        </Text>
        <Text size="xs">
          Escalate on a set schedule to a trial dose (30–180 mg/day) and hold it for the trial period.
          Predictable; what the RCTs tested.
        </Text>
      </Stack>
      <Stack gap={2} p="xs" bg="teal.0" style={{ borderRadius: 8 }}>
        <Text size="xs" fw={700}>
          Flexible
        </Text>
        <Text size="xs">
          Escalate step by step until the goal (craving indifference / low-risk drinking), the cap, or
          intolerance. Set the goal dose below; higher doses need more monitoring.
        </Text>
      </Stack>
    </SimpleGrid>
  );
}
