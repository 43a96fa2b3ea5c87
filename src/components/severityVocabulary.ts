/**
 * One clinical vocabulary for severity: the same word, icon and colour wherever a finding shows (the
 * planner's cards, the chart's flags, alerts). A hand means "hard stop" and a ban sign
 * "contraindicated" everywhere; severity is never shown by colour alone.
 */
import {
  IconAlertCircle,
  IconAlertTriangle,
  IconBan,
  IconCircleCheck,
  IconHandStop,
  IconInfoCircle,
  IconPointFilled,
  type Icon,
} from '@tabler/icons-react';
import type { Severity } from '../rules';

export interface SeverityWords {
  label: string;
  Icon: Icon;
  /** Mantine colour of a filled badge (dark enough for white text). */
  badgeColor: string;
  /** Palette name of a light flag or alert. */
  toneColor: string;
}

export const SEVERITY_VOCABULARY: Readonly<Record<Severity, SeverityWords>> = {
  'hard-stop': { label: 'Hard stop', Icon: IconHandStop, badgeColor: 'red.9', toneColor: 'red' },
  contraindicated: { label: 'Contraindicated', Icon: IconBan, badgeColor: 'red.8', toneColor: 'red' },
  major: { label: 'Major', Icon: IconAlertTriangle, badgeColor: 'orange.9', toneColor: 'orange' },
  moderate: { label: 'Moderate', Icon: IconAlertCircle, badgeColor: 'yellow.9', toneColor: 'yellow' },
  minor: { label: 'Minor', Icon: IconPointFilled, badgeColor: 'blue.8', toneColor: 'blue' },
  compatible: { label: 'Compatible', Icon: IconCircleCheck, badgeColor: 'green.9', toneColor: 'teal' },
  info: { label: 'Info', Icon: IconInfoCircle, badgeColor: 'gray.7', toneColor: 'gray' },
};
