/**
 * The only module that touches pdfmake. It is reached only through the generators, which the export
 * buttons import dynamically, so pdfmake (≈1.4 MB) and its fonts stay out of the first-load bundle.
 *
 * Fonts come from inside the bundle — pdfmake's Roboto virtual file system and the DejaVu symbol
 * subset inlined as data URLs — so generation works offline and makes no request (CSP connect-src).
 * pdfmake's browser build is used in Node too (tests, benchmark), so tests exercise the same code path
 * as the browser.
 */
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';
import symbolsRegularDataUrl from './assets/dejavu-sans-symbols.ttf?inline';
import symbolsBoldDataUrl from './assets/dejavu-sans-bold-symbols.ttf?inline';
import { BODY_FONT, SYMBOL_FONT } from './pdfText';

interface PdfMakeModule {
  createPdf: typeof import('pdfmake/build/pdfmake').createPdf;
}

const FONTS: TFontDictionary = {
  [BODY_FONT]: {
    normal: 'Roboto-Regular.ttf',
    bold: 'Roboto-Medium.ttf',
    italics: 'Roboto-Italic.ttf',
    bolditalics: 'Roboto-MediumItalic.ttf',
  },
  [SYMBOL_FONT]: {
    normal: 'bacloplan-symbols.ttf',
    bold: 'bacloplan-symbols-bold.ttf',
    italics: 'bacloplan-symbols.ttf',
    bolditalics: 'bacloplan-symbols-bold.ttf',
  },
};

/** A CommonJS module imported from ESM arrives as `{ default: exports }` in some loaders, bare in others. */
function unwrapDefault<T>(module: T | { default: T }): T {
  return typeof module === 'object' && module !== null && 'default' in module ? module.default : module;
}

/** "data:font/ttf;base64,AAEAAA…" → the base64 part, which is what pdfmake's virtual file system holds. */
function base64FromDataUrl(dataUrl: string): string {
  const comma = dataUrl.indexOf(',');
  if (!dataUrl.startsWith('data:') || comma < 0 || !dataUrl.slice(0, comma).endsWith(';base64')) {
    throw new Error('The PDF symbol font was not bundled as a base64 data URL.');
  }
  return dataUrl.slice(comma + 1);
}

let enginePromise: Promise<{ pdfMake: PdfMakeModule; vfs: Record<string, string> }> | undefined;

function loadEngine() {
  enginePromise ??= Promise.all([import('pdfmake/build/pdfmake'), import('pdfmake/build/vfs_fonts')])
    .then(([pdfMakeModule, vfsModule]) => {
      const pdfMake = unwrapDefault(pdfMakeModule as PdfMakeModule | { default: PdfMakeModule });
      const robotoVfs = unwrapDefault(
        vfsModule as Record<string, string> | { default: Record<string, string> },
      );
      const vfs: Record<string, string> = {
        ...robotoVfs,
        'bacloplan-symbols.ttf': base64FromDataUrl(symbolsRegularDataUrl),
        'bacloplan-symbols-bold.ttf': base64FromDataUrl(symbolsBoldDataUrl),
      };
      return { pdfMake, vfs };
    })
    .catch((error: unknown) => {
      // A failed chunk load (e.g. offline after a deploy) must be retryable, not cached forever.
      enginePromise = undefined;
      throw error;
    });
  return enginePromise;
}

/** Lay out and serialise a document definition to PDF bytes. */
export async function renderPdf(doc: TDocumentDefinitions): Promise<Uint8Array> {
  const { pdfMake, vfs } = await loadEngine();
  return new Promise<Uint8Array>((resolve, reject) => {
    try {
      // getStream() without a callback lays the document out synchronously, so a layout error throws
      // here; getBuffer(cb) would lose it in an unhandled promise and never call back.
      const stream = pdfMake.createPdf(doc, undefined, FONTS, vfs).getStream();
      const chunks: Uint8Array[] = [];
      stream.on('data', (chunk: Uint8Array) => chunks.push(chunk));
      stream.on('error', (error: unknown) => reject(asError(error)));
      stream.on('end', () => resolve(concat(chunks)));
      stream.end();
    } catch (error) {
      reject(asError(error));
    }
  });
}

function asError(error: unknown): Error {
  // pdfmake throws plain strings in places ("Your browser does not provide …").
  return error instanceof Error ? error : new Error(String(error));
}

/** Join the stream's chunks (the browser build's Buffer polyfill) into one plain Uint8Array. */
function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
