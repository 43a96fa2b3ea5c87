/** Topic icons for the case list: topic is shown as icon + word, never colour alone. */
import {
  IconAlertTriangle,
  IconArrowsExchange,
  IconDroplet,
  IconPill,
  IconStairs,
} from '@tabler/icons-react';
import type { CaseTopic } from './caseTypes';

export const CASE_TOPICS: readonly CaseTopic[] = [
  'Renal function',
  'Regimens',
  'Dose safety',
  'Interactions',
  'Titration & taper',
];

export const TOPIC_STYLE: Record<CaseTopic, { color: string; Icon: typeof IconDroplet }> = {
  'Renal function': { color: 'cyan', Icon: IconDroplet },
  Regimens: { color: 'indigo', Icon: IconPill },
  'Dose safety': { color: 'orange', Icon: IconAlertTriangle },
  Interactions: { color: 'grape', Icon: IconArrowsExchange },
  'Titration & taper': { color: 'teal', Icon: IconStairs },
};
