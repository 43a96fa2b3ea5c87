import { Badge } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import type { Severity } from '../rules';
import { SEVERITY_VOCABULARY } from './severityVocabulary';

/** Severity is always shown as icon + word + colour, never colour alone (cds-hooks card style). */
export const SEVERITY_STYLE: Record<Severity, { label: string; color: string; Icon: Icon }> =
  Object.fromEntries(
    Object.entries(SEVERITY_VOCABULARY).map(([severity, words]) => [
      severity,
      { label: words.label, color: words.badgeColor, Icon: words.Icon },
    ]),
  ) as Record<Severity, { label: string; color: string; Icon: Icon }>;

export function SeverityBadge({ severity }: { severity: Severity }) {
  const style = SEVERITY_STYLE[severity];
  return (
    <Badge
      color={style.color}
      variant="filled"
      leftSection={<style.Icon size={14} aria-hidden />}
      tt="none"
      styles={{ root: { flexShrink: 0 } }}
    >
      {style.label}
    </Badge>
  );
}
