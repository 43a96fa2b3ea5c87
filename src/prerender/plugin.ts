/**
 * Vite plugin (build only): after the browser bundle is written, builds src/prerender/entry.tsx for
 * Node, renders each static page and writes it next to index.html as `<path>.html` (what `vite
 * preview` and most static hosts serve for `/path`). The page keeps index.html's head (CSP, scripts,
 * stylesheet); its #root holds the rendered markup and the path it was rendered for.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin, type ResolvedConfig } from 'vite';

const EMPTY_ROOT = '<div id="root"></div>';

interface PrerenderEntry {
  prerenderPaths(): string[];
  renderPage(pagePath: string): Promise<string>;
}

export function injectPage(template: string, pagePath: string, markup: string): string {
  if (!template.includes(EMPTY_ROOT)) throw new Error(`index.html has no ${EMPTY_ROOT}`);
  const attribute = pagePath.replace(/[^a-z0-9/_-]/gi, '');
  // `inert` until hydrated (src/app/start.tsx): typing into or clicking the static markup would
  // otherwise be lost or undone when React takes over.
  return template.replace(
    EMPTY_ROOT,
    () => `<div id="root" data-prerendered-path="${attribute}" inert>${markup}</div>`,
  );
}

export function prerenderPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'bacloplan-prerender',
    apply: (_userConfig, env) => env.command === 'build' && !env.isSsrBuild,
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      const outDir = path.resolve(config.root, config.build.outDir);
      // Inside the project, so the Node build resolves the same node_modules.
      const serverDir = path.resolve(config.root, 'node_modules/.cache/bacloplan-prerender');
      await build({
        configFile: config.configFile,
        mode: config.mode,
        logLevel: 'warn',
        build: { ssr: 'src/prerender/entry.tsx', outDir: serverDir, emptyOutDir: true, copyPublicDir: false },
      });
      const entryUrl = pathToFileURL(path.join(serverDir, 'entry.js')).href;
      const entry = (await import(`${entryUrl}?t=${Date.now()}`)) as PrerenderEntry;
      const template = await readFile(path.join(outDir, 'index.html'), 'utf8');
      for (const pagePath of entry.prerenderPaths()) {
        const markup = await entry.renderPage(pagePath);
        const file = path.join(outDir, `${pagePath.slice(1)}.html`);
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, injectPage(template, pagePath, markup));
      }
      await rm(serverDir, { recursive: true, force: true });
      config.logger.info(`pre-rendered ${entry.prerenderPaths().length} pages`);
    },
  };
}
