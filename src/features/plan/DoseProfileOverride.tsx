import { useState } from 'react';
import { Button, Card, Group, Text } from '@mantine/core';
import type { Finding } from '../../rules';
import { OverrideForm } from './OverrideForm';
import { t } from '../../i18n';
import { findingWords } from '../../i18n/clinical';

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
        kind="doseProfile"
        title={t('override.profile.title')}
        intro={t('override.profile.intro')}
        submitLabel={t('override.profile.submit')}
        hardStops={findings}
        pendingReason={pendingReason}
        onOverride={onOverride}
      />
    );
  }
  return (
    <Card withBorder padding="sm">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text size="sm">{findings[0] ? findingWords(findings[0]).title : null}</Text>
        <Button size="xs" variant="default" onClick={() => setOpen(true)}>
          {t('override.profile.open')}
        </Button>
      </Group>
    </Card>
  );
}
