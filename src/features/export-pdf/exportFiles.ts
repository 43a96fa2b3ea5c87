/** File names and paper choice for the exports (kept apart from the PDF code so the button stays light). */
import { generatedIsoDate } from './pdfFormat';

export type ExportKind = 'prescriber-a4' | 'prescriber-letter' | 'handout' | 'calendar';

/**
 * The patient's initials for a file name ("Henri Lefèvre" → "HL"), or "no-patient": enough to tell two
 * downloads apart in a folder, not enough to identify anyone.
 */
export function fileInitials(name: string | undefined): string {
  const initials = (name ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[\s-]+/)
    .map((word) => word.match(/[A-Za-z]/)?.[0]?.toUpperCase() ?? '')
    .join('')
    .slice(0, 4);
  return initials || 'no-patient';
}

const KIND_NAME: Record<ExportKind, string> = {
  'prescriber-a4': 'prescriber-a4',
  'prescriber-letter': 'prescriber-letter',
  handout: 'handout',
  calendar: 'calendar',
};

/**
 * e.g. `bacloplan-HL-prescriber-a4-2026-12-01.pdf`, `bacloplan-no-patient-handout-letter-2026-12-01.pdf`,
 * `bacloplan-HL-calendar-2026-12-01.ics`.
 */
export function exportFileName(
  kind: ExportKind,
  generatedAt: string,
  patientName?: string,
  handoutPaper?: 'a4' | 'letter',
): string {
  const date = generatedIsoDate(generatedAt);
  const what = kind === 'handout' && handoutPaper ? `handout-${handoutPaper}` : KIND_NAME[kind];
  return `bacloplan-${fileInitials(patientName)}-${what}-${date}.${kind === 'calendar' ? 'ics' : 'pdf'}`;
}

/** Countries that use US Letter; everyone else gets A4. Decides the handout's paper from the locale. */
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'PR']);

export function paperForLocale(locale: string): 'a4' | 'letter' {
  try {
    const region = new Intl.Locale(locale).maximize().region;
    return region && LETTER_REGIONS.has(region) ? 'letter' : 'a4';
  } catch {
    return 'a4';
  }
}
