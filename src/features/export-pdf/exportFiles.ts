/** File names and paper choice for the exports (kept apart from the PDF code so the button stays light). */
import { generatedIsoDate } from './pdfFormat';

export type ExportKind = 'prescriber-a4' | 'prescriber-letter' | 'handout';

export function exportFileName(kind: ExportKind, generatedAt: string): string {
  const date = generatedIsoDate(generatedAt);
  return kind === 'handout' ? `bacloplan-handout-${date}.pdf` : `bacloplan-plan-${date}.pdf`;
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
