import type { ReactNode } from 'react';
import { Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { FLAG_PALETTE } from './severity';

/**
 * A record the chart itself contradicts (still "active" after its own end date): the icon and the
 * words carry the meaning, the text stays dark enough to read (WCAG AA at 12 px).
 */
export function ConfirmNote({ children }: { children: ReactNode }) {
  return (
    <Group gap={4} wrap="nowrap" align="flex-start" mt={2}>
      <IconAlertTriangle
        size={14}
        stroke={2}
        aria-hidden
        style={{ flexShrink: 0, marginTop: 2 }}
        color={FLAG_PALETTE.orange?.color}
      />
      <Text size="xs" fw={600} c={FLAG_PALETTE.orange?.color}>
        {children}
      </Text>
    </Group>
  );
}
