/**
 * Text of a generated PDF, page by page and line by line, read with pdf.js (legacy build: runs in Node
 * 20 without browser APIs). Items on the same baseline are joined into one line, left to right, so a
 * table row reads as one line.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist/legacy/build/pdf.mjs';

const require = createRequire(import.meta.url);
GlobalWorkerOptions.workerSrc = pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')).href;

export interface PdfTextItem {
  text: string;
  /** pdf.js's name for the embedded font; different fonts get different names. */
  fontName: string;
  fontSize: number;
  /** Distance from the top of the page (pt). */
  top: number;
  /** Distance from the left edge of the page (pt). */
  left: number;
}

export interface PdfText {
  pageCount: number;
  /** Width × height of each page (pt). */
  pageSizes: { width: number; height: number }[];
  items: PdfTextItem[][];
  /** Lines of each page, top to bottom. */
  pages: string[][];
  /** Everything, one line per line, pages separated by form feeds. */
  all: string;
}

interface Item {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
}

export async function pdfTextContent(bytes: Uint8Array): Promise<PdfText> {
  const document = await getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false })
    .promise;
  const pages: string[][] = [];
  const pageSizes: PdfText['pageSizes'] = [];
  const allItems: PdfTextItem[][] = [];
  for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber++) {
    const page = await document.getPage(pageNumber);
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
    pageSizes.push({ width: x1 - x0, height: y1 - y0 });
    const content = await page.getTextContent({ disableNormalization: true });
    const rows = new Map<number, Item[]>();
    const pageItems: PdfTextItem[] = [];
    for (const raw of content.items) {
      if (!('str' in raw) || raw.str === '') continue;
      const item = raw as Item;
      pageItems.push({
        text: item.str,
        fontName: item.fontName,
        fontSize: Math.hypot(item.transform[0] ?? 0, item.transform[1] ?? 0),
        top: y1 - (item.transform[5] ?? 0),
        left: (item.transform[4] ?? 0) - x0,
      });
      const y = Math.round((item.transform[5] ?? 0) * 2) / 2;
      const key = [...rows.keys()].find((existing) => Math.abs(existing - y) <= 2) ?? y;
      rows.set(key, [...(rows.get(key) ?? []), item]);
    }
    const lines = [...rows.entries()]
      .sort((a, b) => b[0] - a[0])
      .map(([, items]) =>
        items
          .sort((a, b) => (a.transform[4] ?? 0) - (b.transform[4] ?? 0))
          .map((item) => item.str)
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim(),
      );
    pages.push(lines);
    allItems.push(pageItems);
  }
  await document.destroy();
  return {
    pageCount: pages.length,
    pageSizes,
    items: allItems,
    pages,
    all: pages.map((lines) => lines.join('\n')).join('\n\f\n'),
  };
}
