/**
 * Builds the app with the project's own vite.config.ts (the same build `npx vite build` makes) and
 * records rolldown's chunk graph on the way: which modules each chunk holds and how many bytes each
 * contributes. That is what explains a big entry chunk, so the bench can name the modules behind it.
 */
import { build } from 'vite';

/** Package name of a module id (`node_modules/@mantine/core/…` → `@mantine/core`), or the app path. */
export function packageOf(moduleId) {
  const clean = moduleId.replace(/\?.*$/, '').replace(/^\0/, '');
  const index = clean.lastIndexOf('/node_modules/');
  if (index === -1) {
    const src = clean.indexOf('/src/');
    const mocks = clean.indexOf('/mocks/');
    if (src !== -1)
      return `app:${clean
        .slice(src + 1)
        .split('/')
        .slice(0, 3)
        .join('/')}`;
    if (mocks !== -1) return 'app:mocks';
    return clean.startsWith('vite/') || clean.includes('rolldown') ? 'bundler runtime' : clean;
  }
  const rest = clean.slice(index + '/node_modules/'.length).split('/');
  return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? clean);
}

/**
 * Runs the production build into dist/ and returns, per output chunk, its modules (id and rendered
 * length: bytes of the module's code as rendered into the chunk, before minification and gzip), its imports and whether it is an entry or a lazy chunk.
 */
export async function buildWithChunkGraph({ root, outDir }) {
  /** @type {Record<string, {name: string, isEntry: boolean, isDynamicEntry: boolean, imports: string[], dynamicImports: string[], modules: {id: string, renderedLength: number}[]}>} */
  const chunks = {};
  const recorder = {
    name: 'bacloplan-bench-chunk-graph',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        chunks[output.fileName] = {
          name: output.name,
          isEntry: output.isEntry,
          isDynamicEntry: output.isDynamicEntry,
          imports: [...output.imports],
          dynamicImports: [...output.dynamicImports],
          modules: Object.entries(output.modules).map(([id, info]) => ({
            id,
            renderedLength: info.renderedLength ?? 0,
          })),
        };
      }
    },
  };
  const started = performance.now();
  await build({
    root,
    configFile: `${root}/vite.config.ts`,
    logLevel: 'warn',
    plugins: [recorder],
    build: { outDir, emptyOutDir: true },
  });
  return { chunks, buildMs: Math.round(performance.now() - started) };
}

/**
 * The modules of the given chunks grouped by package, biggest first. `renderedBytes` is the module's code
 * before minification; `estGzipBytes` shares each chunk's real gzip size out over its modules in
 * proportion to their rendered bytes (an estimate: good for ranking, not to the byte).
 */
export function compositionOf(chunkGraph, files, top = 15) {
  const byPackage = new Map();
  const byModule = [];
  for (const { file, gzipBytes = 0 } of files) {
    const chunk = chunkGraph[file.replace(/^\//, '')];
    if (!chunk) continue;
    const chunkRendered = chunk.modules.reduce((total, module) => total + module.renderedLength, 0) || 1;
    for (const module of chunk.modules) {
      const pkg = packageOf(module.id);
      const estGzipBytes = Math.round((gzipBytes * module.renderedLength) / chunkRendered);
      const row = byPackage.get(pkg) ?? { package: pkg, renderedBytes: 0, estGzipBytes: 0 };
      row.renderedBytes += module.renderedLength;
      row.estGzipBytes += estGzipBytes;
      byPackage.set(pkg, row);
      byModule.push({
        module: shortId(module.id),
        chunk: file,
        renderedBytes: module.renderedLength,
        estGzipBytes,
      });
    }
  }
  return {
    byPackage: [...byPackage.values()].sort((a, b) => b.estGzipBytes - a.estGzipBytes).slice(0, top),
    biggestModules: byModule.sort((a, b) => b.estGzipBytes - a.estGzipBytes).slice(0, top),
  };
}

function shortId(id) {
  const clean = id.replace(/^\0/, '');
  const index = clean.lastIndexOf('/node_modules/');
  if (index !== -1) return clean.slice(index + '/node_modules/'.length);
  const src = clean.search(/\/(src|mocks)\//);
  return src === -1 ? clean : clean.slice(src + 1);
}
