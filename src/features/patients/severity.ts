/**
 * Severity and renal band shown as colour + icon + word: colour is never the only signal.
 */
import {
  IconAlertCircle,
  IconAlertTriangle,
  IconCircleCheck,
  IconHandStop,
  type Icon,
} from '@tabler/icons-react';
import type { RenalBand, Severity } from '../../rules';
import { SEVERITY_VOCABULARY } from '../../components/severityVocabulary';

/**
 * Flag colours chosen for contrast: dark text on a pale tint (≥ 7:1), a border for shape. Mantine's
 * light badges put mid-tone text on a tint, which fails WCAG AA for yellow and orange.
 */
export const FLAG_PALETTE: Record<string, { background: string; color: string; border: string }> = {
  red: { background: '#fdecec', color: '#8c1d18', border: '#f0b3ae' },
  orange: { background: '#fff1e0', color: '#7a3d00', border: '#f2c28c' },
  yellow: { background: '#fff8d6', color: '#5f4a00', border: '#e8d077' },
  teal: { background: '#e3f6f1', color: '#0b5247', border: '#9dd7c8' },
  blue: { background: '#e7f0fb', color: '#173f6e', border: '#a8c3e5' },
  gray: { background: '#f1f3f5', color: '#343a44', border: '#ced4da' },
};

export interface Tone {
  label: string;
  color: string;
  Icon: Icon;
}

/** The chart's flags use the one severity vocabulary (words and icons) of the planner. */
export const SEVERITY_TONE: Record<Severity, Tone> = Object.fromEntries(
  Object.entries(SEVERITY_VOCABULARY).map(([severity, words]) => [
    severity,
    { label: words.label, color: words.toneColor, Icon: words.Icon },
  ]),
) as Record<Severity, Tone>;

export const BAND_TONE: Record<RenalBand, Tone> = {
  normal: { label: 'Renal: normal', color: 'teal', Icon: IconCircleCheck },
  mild: { label: 'Renal: mild impairment', color: 'yellow', Icon: IconAlertCircle },
  moderate: { label: 'Renal: moderate impairment', color: 'orange', Icon: IconAlertTriangle },
  severe: { label: 'Renal: severe impairment', color: 'red', Icon: IconHandStop },
  dialysis: { label: 'Renal: dialysis', color: 'red', Icon: IconHandStop },
};
