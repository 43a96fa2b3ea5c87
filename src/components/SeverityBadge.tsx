import { Badge } from '@mantine/core';
import {
  IconAlertOctagon,
  IconAlertTriangle,
  IconBan,
  IconCircleCheck,
  IconInfoCircle,
  IconPointFilled,
} from '@tabler/icons-react';
import type { Severity } from '../rules';

/** Severity is always shown as icon + word + colour, never colour alone (cds-hooks card style). */
export const SEVERITY_STYLE: Record<
  Severity,
  { label: string; color: string; Icon: typeof IconAlertTriangle }
> = {
  'hard-stop': { label: 'Hard stop', color: 'red.9', Icon: IconBan },
  contraindicated: { label: 'Contraindicated', color: 'red.8', Icon: IconAlertOctagon },
  major: { label: 'Major', color: 'orange.9', Icon: IconAlertTriangle },
  moderate: { label: 'Moderate', color: 'yellow.9', Icon: IconAlertTriangle },
  minor: { label: 'Minor', color: 'blue.8', Icon: IconPointFilled },
  compatible: { label: 'Compatible', color: 'green.9', Icon: IconCircleCheck },
  info: { label: 'Info', color: 'gray.7', Icon: IconInfoCircle },
};

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
