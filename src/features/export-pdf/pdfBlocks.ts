/** Small layout building blocks shared by the sections of both documents. */
import type { Content, ContentTable, ContentText, CustomTableLayout, TableCell } from 'pdfmake/interfaces';
import type { Finding } from '../../rules';
import { SEVERITY_COLOURS, SEVERITY_WORD, EVIDENCE_WORD } from './labels';
import { MUTED, RULE } from './pageFrame';
import { pdfText } from './pdfText';
import { shortCitation } from './exportModel';

/** Thin grey rules, a coloured header row: what every table uses. */
export const GRID_LAYOUT: CustomTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => RULE,
  vLineColor: () => RULE,
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 2.5,
  paddingBottom: () => 2.5,
};

export function heading(text: string, options: { pageBreak?: 'before' } = {}): ContentText {
  return {
    ...pdfText(text, { style: 'h2' }),
    ...(options.pageBreak ? { pageBreak: options.pageBreak } : {}),
  };
}

/**
 * A heading and the start of its section as one unbreakable block, so a heading never ends a page on
 * its own. (pdfmake's pageBreakBefore hook does the same generally but triples layout time on a
 * year-long schedule.) Only small blocks go in here: an unbreakable block taller than a page is clipped.
 */
export function keepTogether(...nodes: Content[]): Content {
  return { stack: nodes, unbreakable: true };
}

export function headerCell(text: string): TableCell {
  return pdfText(text, { style: 'tableHeader' });
}

/** Label/value rows, two columns. */
export function keyValueTable(rows: [string, Content | string][], labelWidth = 150): ContentTable {
  return {
    table: {
      widths: [labelWidth, '*'],
      body: rows.map(([label, value]) => [
        pdfText(label, { bold: true, fillColor: '#f1f3f5' }),
        typeof value === 'string' ? pdfText(value) : value,
      ]),
    },
    layout: GRID_LAYOUT,
  };
}

/** The severity as a word on a tinted cell: colour helps, the word carries it. */
export function severityCell(finding: Finding): TableCell {
  const colours = SEVERITY_COLOURS[finding.severity];
  return pdfText(SEVERITY_WORD[finding.severity], {
    bold: true,
    fontSize: 8,
    color: colours.text,
    fillColor: colours.fill,
  });
}

/** "Evidence: Guideline · Sources: Wolf 2018 …" for a finding or regimen. */
export function evidenceLine(evidence: Finding['evidence'], sources: readonly string[]): Content {
  return pdfText(
    `Evidence: ${EVIDENCE_WORD[evidence]}${sources.length > 0 ? ` · Sources: ${sources.map(shortCitation).join('; ')}` : ''}`,
    { fontSize: 7.5, color: MUTED },
  );
}

/** A boxed banner (one-cell table with a thick border) for what must not be missed. */
export function banner(options: {
  title: string;
  lines: Content[];
  colour: string;
  fill: string;
  titleSize?: number;
}): ContentTable {
  return {
    table: {
      widths: ['*'],
      body: [
        [
          {
            stack: [
              pdfText(options.title, {
                bold: true,
                fontSize: options.titleSize ?? 13,
                color: options.colour,
              }),
              ...options.lines,
            ],
            fillColor: options.fill,
          },
        ],
      ],
    },
    layout: {
      hLineWidth: () => 2.5,
      vLineWidth: () => 2.5,
      hLineColor: () => options.colour,
      vLineColor: () => options.colour,
      paddingLeft: () => 8,
      paddingRight: () => 8,
      paddingTop: () => 6,
      paddingBottom: () => 6,
    },
    margin: [0, 6, 0, 6],
  };
}
