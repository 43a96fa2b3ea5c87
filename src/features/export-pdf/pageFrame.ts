/**
 * Page size, margins, running header and footer shared by both documents. The footer carries the
 * clinical disclaimer and "Page X of Y" on every page (the disclaimer must travel with any page that is
 * photocopied or faxed on its own); the prescriber copy's header repeats who the plan is for.
 */
import type { Content, DynamicContent, PageSize, StyleDictionary } from 'pdfmake/interfaces';
import { DISCLAIMER_TEXT } from '../../components/Disclaimer';
import type { Paper } from './exportModel';
import { BODY_FONT, pdfText } from './pdfText';

/** Width and height in points (1/72 in). */
export const PAPER_SIZE: Record<Paper, { width: number; height: number; pdfmake: PageSize }> = {
  a4: { width: 595.28, height: 841.89, pdfmake: 'A4' },
  letter: { width: 612, height: 792, pdfmake: 'LETTER' },
};

export const SIDE_MARGIN = 40;
export const HEADER_HEIGHT = 34;
export const FOOTER_HEIGHT = 46;

export function contentWidth(paper: Paper): number {
  return PAPER_SIZE[paper].width - 2 * SIDE_MARGIN;
}

export const INK = '#1f2328';
export const MUTED = '#555d66';
export const ACCENT = '#1c4f8a';
export const RULE = '#c8ced6';

export function pageMargins(): [number, number, number, number] {
  return [SIDE_MARGIN, HEADER_HEIGHT + 14, SIDE_MARGIN, FOOTER_HEIGHT + 8];
}

/** Footer: the disclaimer, the ruleset version and page numbers. */
export function footer(options: {
  rulesetVersion: string;
  fontSize: number;
  documentName: string;
  paper: Paper;
  /** The line above the page number; the clinical disclaimer unless the reader is the patient. */
  text?: string;
}): DynamicContent {
  const width = contentWidth(options.paper);
  return (currentPage: number, pageCount: number): Content => ({
    margin: [SIDE_MARGIN, 6, SIDE_MARGIN, 0],
    stack: [
      {
        canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.5, lineColor: RULE }],
        margin: [0, 0, 0, 3],
      },
      pdfText(options.text ?? DISCLAIMER_TEXT, { fontSize: options.fontSize, color: MUTED }),
      {
        columns: [
          pdfText(`${options.documentName} · bacloplan ruleset ${options.rulesetVersion}`, {
            fontSize: options.fontSize,
            color: MUTED,
          }),
          pdfText(`Page ${currentPage} of ${pageCount}`, {
            fontSize: options.fontSize + 1,
            bold: true,
            alignment: 'right',
            width: 90,
          }),
        ],
        margin: [0, 2, 0, 0],
      },
    ],
  });
}

/** Running header: one line saying what the document is and whom it is for. */
export function header(left: string, right: string): DynamicContent {
  return (): Content => ({
    margin: [SIDE_MARGIN, 16, SIDE_MARGIN, 0],
    columns: [
      pdfText(left, { fontSize: 8, color: MUTED, bold: true, width: '*' }),
      pdfText(right, { fontSize: 8, color: MUTED, alignment: 'right', width: 120 }),
    ],
  });
}

export const BASE_STYLES: StyleDictionary = {
  title: { fontSize: 18, bold: true, color: ACCENT },
  h2: { fontSize: 12.5, bold: true, color: ACCENT, margin: [0, 12, 0, 4] },
  h3: { fontSize: 10, bold: true, margin: [0, 6, 0, 2] },
  small: { fontSize: 7.5, color: MUTED },
  tableHeader: { bold: true, fontSize: 8.5, color: '#ffffff', fillColor: ACCENT },
  label: { bold: true },
};

export const DEFAULT_FONT = BODY_FONT;
