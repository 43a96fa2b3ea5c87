/**
 * Transfer sizes from the build output: every file gzipped with zlib (level 9, as a static server or
 * CDN would serve it), the first-load set that dist/index.html names, all JS, and the PDF chunks.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function gzipBytes(buffer) {
  return gzipSync(buffer, { level: 9 }).length;
}

/** Raw and gzip size of one built file (path relative to dist, with or without the leading slash). */
export function fileSizes(dist, path) {
  const buffer = readFileSync(join(dist, path.replace(/^\//, '')));
  return { file: path.replace(/^\//, ''), rawBytes: buffer.length, gzipBytes: gzipBytes(buffer) };
}

function sum(files, key) {
  return files.reduce((total, file) => total + file[key], 0);
}

/**
 * What dist/index.html asks for before any script runs: the entry module, its modulepreload links and
 * the stylesheets. (Lazy chunks the entry imports at start-up are not listed there: the browser
 * measurement catches those.)
 */
export function htmlFirstLoad(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const attr = (tag, name) => tag.match(new RegExp(`${name}="([^"]+)"`))?.[1];
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  const js = [];
  const css = [];
  for (const tag of tags) {
    if (tag.startsWith('<script') && attr(tag, 'type') === 'module' && attr(tag, 'src'))
      js.push(attr(tag, 'src'));
    if (tag.startsWith('<link') && attr(tag, 'rel') === 'modulepreload') js.push(attr(tag, 'href'));
    if (tag.startsWith('<link') && attr(tag, 'rel') === 'stylesheet') css.push(attr(tag, 'href'));
  }
  const jsFiles = js.map((path) => fileSizes(dist, path));
  const cssFiles = css.map((path) => fileSizes(dist, path));
  return {
    entry: js[0]?.replace(/^\//, '') ?? null,
    js: { files: jsFiles, rawBytes: sum(jsFiles, 'rawBytes'), gzipBytes: sum(jsFiles, 'gzipBytes') },
    css: { files: cssFiles, rawBytes: sum(cssFiles, 'rawBytes'), gzipBytes: sum(cssFiles, 'gzipBytes') },
    htmlGzipBytes: gzipBytes(Buffer.from(html)),
  };
}

/** Every file of a kind under dist/assets. */
export function allAssets(dist, extension) {
  const dir = join(dist, 'assets');
  const files = readdirSync(dir)
    .filter((name) => name.endsWith(extension) && statSync(join(dir, name)).isFile())
    .map((name) => fileSizes(dist, `assets/${name}`));
  return { count: files.length, rawBytes: sum(files, 'rawBytes'), gzipBytes: sum(files, 'gzipBytes'), files };
}

/** Module ids that mean "this chunk carries the PDF engine". */
const PDF_LIBRARY = /\/node_modules\/(pdfmake|pdf-lib|@pdf-lib|pdfkit|fontkit|@foliojs-fork|jspdf)\//;

/**
 * The chunks holding a PDF library (found from the chunk graph's module ids, or — if the graph is
 * missing — from the library's marker strings in the file), each with its size and whether it is
 * lazy (a dynamic entry or only reachable through one).
 */
export function pdfChunks(dist, chunkGraph) {
  const found = [];
  for (const [fileName, chunk] of Object.entries(chunkGraph ?? {})) {
    const libraryModules = chunk.modules.filter((module) => PDF_LIBRARY.test(module.id.replace(/^\0/, '')));
    if (libraryModules.length === 0) continue;
    const libraries = [...new Set(libraryModules.map((m) => m.id.match(PDF_LIBRARY)?.[1]))];
    found.push({
      ...fileSizes(dist, fileName),
      libraries,
      isEntry: chunk.isEntry,
      isDynamicEntry: chunk.isDynamicEntry,
    });
  }
  if (found.length === 0) {
    for (const file of allAssets(dist, '.js').files) {
      const text = readFileSync(join(dist, file.file), 'utf8');
      if (/pdfmake|PDFDocument|%PDF-1\./.test(text)) found.push({ ...file, libraries: ['(by marker)'] });
    }
  }
  return {
    note:
      found.length === 0
        ? 'No chunk contains a PDF library: the PDF export is not reachable from any route in this build.'
        : undefined,
    chunks: found,
    rawBytes: sum(found, 'rawBytes'),
    gzipBytes: sum(found, 'gzipBytes'),
  };
}
