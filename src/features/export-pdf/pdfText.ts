/**
 * Text for the PDF. Everything that reaches a document goes through `pdfText`, for two reasons:
 *  - patient- and clinician-typed strings stay inert: pdfmake lays out a string as characters, never
 *    as markup, and `plainText` makes sure nothing but a string (not a pdfmake node object smuggled in
 *    through untyped data) reaches it;
 *  - Roboto (pdfmake's bundled font) has no arrows, ballot boxes or warning signs, so those characters
 *    are cut into runs set in a small DejaVu Sans subset (assets/), instead of printing as blank boxes.
 */
import type { Content, ContentText } from 'pdfmake/interfaces';

/** Font family names registered in pdfFonts.ts. */
export const BODY_FONT = 'Roboto';
export const SYMBOL_FONT = 'Symbols';

/**
 * Code points Roboto lacks but the shipped DejaVu subset has: the subset's ranges minus what Roboto
 * covers itself (∂ ∆ ∏ ∑ − √ ∞ ∫ ≈ ≠ ≤ ≥ ■ ◊ ○ ●), measured with fontkit when the subset was cut.
 */
const SUBSET_RANGES: readonly [number, number][] = [
  [0x2190, 0x23ff],
  [0x25a0, 0x25ff],
  [0x260e, 0x260e],
  [0x2610, 0x2612],
  [0x26a0, 0x26a0],
  [0x2713, 0x2718],
];
const ROBOTO_HAS = new Set([
  0x2202, 0x2206, 0x220f, 0x2211, 0x2212, 0x221a, 0x221e, 0x222b, 0x2248, 0x2260, 0x2264, 0x2265, 0x25a0,
  0x25ca, 0x25cb, 0x25cf,
]);

export function needsSymbolFont(codePoint: number): boolean {
  if (ROBOTO_HAS.has(codePoint)) return false;
  return SUBSET_RANGES.some(([from, to]) => codePoint >= from && codePoint <= to);
}

/** Any value as the string a reader should see; null/undefined become empty. */
export function plainText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/** Split a string into runs, each entirely in Roboto or entirely in the symbol font. */
export function textRuns(text: string): { text: string; symbol: boolean }[] {
  const runs: { text: string; symbol: boolean }[] = [];
  for (const char of text) {
    const symbol = needsSymbolFont(char.codePointAt(0) ?? 0);
    const last = runs.at(-1);
    if (last && last.symbol === symbol) last.text += char;
    else runs.push({ text: char, symbol });
  }
  return runs;
}

/**
 * A pdfmake text node for `value` with `style`, with symbol runs set in the fallback font. The text
 * itself is always a plain string (or an array of plain-string runs), never interpreted.
 */
export function pdfText(
  value: unknown,
  style: Omit<ContentText, 'text'> & { width?: number | '*' } = {},
): ContentText {
  const text = plainText(value);
  const runs = textRuns(text);
  if (runs.every((run) => !run.symbol)) return { ...style, text };
  return {
    ...style,
    text: runs.map((run) => (run.symbol ? { text: run.text, font: SYMBOL_FONT } : { text: run.text })),
  };
}

/** Inline runs (for mixing bold labels and values in one paragraph), each made safe like pdfText. */
export function inline(...parts: (string | number | ContentText)[]): ContentText {
  return {
    text: parts.map((part) => (typeof part === 'object' ? part : pdfText(part))) as Content[],
  } as ContentText;
}
