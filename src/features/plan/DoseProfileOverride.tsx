import { useState } from 'react';
import { Button, Card, Group, Text } from '@mantine/core';
import type { Finding } from '../../rules';
import { OverrideForm } from './OverrideForm';

/**
 * The fr-2018 cap is lifted only by its own override (spec §4), separate from any renal one. The form
 * opens on request — most fr-2018 plans stay within 80 mg/day — or at once when a link or draft
 * brought a reason that waits for confirmation.
 */
export function DoseProfileOverride({
  findings,
  pendingReason,
  onOverride,
}: {
  findings: Finding[];
  pendingReason?: string;
  onOverride: (reason: string) => void;
}) {
  const [open, setOpen] = useState(pendingReason !== undefined);
  if (open) {
    return (
      <OverrideForm
        color="orange"
        title="Override the French 80 mg/day maximum (profile fr-2018)"
        intro="Planning beyond 80 mg/day is a separate decision from any renal override, with its own recorded reason. Above 80 mg/day the ANSM asks for a specialist collegial assessment."
        submitLabel="Override the 80 mg/day cap"
        hardStops={findings}
        pendingReason={pendingReason}
        onOverride={onOverride}
      />
    );
  }
  return (
    <Card withBorder padding="sm">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text size="sm">{findings[0]?.title}</Text>
        <Button size="xs" variant="default" onClick={() => setOpen(true)}>
          Plan beyond 80 mg/day…
        </Button>
      </Group>
    </Card>
  );
}
