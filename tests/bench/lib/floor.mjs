/**
 * The stack's floor: how much of the entry route's JS the fixed stack costs before any of the
 * planner's own UI code. Two throwaway apps are built with the same Vite and measured like the real
 * one (every JS file, gzip level 9):
 *   - "base": React DOM (hydrateRoot), TanStack Router with one route, MantineProvider with the app's
 *     theme, and the whole rules module (the planner calls nearly all of it on its first screen);
 *   - "with components": the same, plus everything (components, theme helpers) the app's modules in the real
 *     first load import from @mantine/core (read from the chunk graph, so the list follows the code).
 * The difference between the real first load and "with components" is the planner's own code.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { gzipBytes } from './sizes.mjs';

/** Mantine names imported (as values) by the app's own modules among the first-load chunks. */
export function mantineImportsOfFirstLoad(chunkGraph, files, root) {
  const names = new Set();
  for (const { file } of files) {
    for (const module of chunkGraph[file.replace(/^\//, '')]?.modules ?? []) {
      const id = module.id.replace(/\?.*$/, '');
      if (!id.startsWith(join(root, 'src')) || !/\.tsx?$/.test(id)) continue;
      const text = readFileSync(id, 'utf8');
      for (const match of text.matchAll(/import\s+(type\s+)?\{([^}]*)\}\s+from\s+'@mantine\/core'/g)) {
        if (match[1]) continue;
        for (const part of match[2].split(',')) {
          const name = part.trim();
          if (name && !name.startsWith('type ')) names.add(name.split(/\s+as\s+/)[0]);
        }
      }
    }
  }
  names.delete('MantineProvider');
  return [...names].sort();
}

function entrySource(root, mantineNames) {
  const mantine = ['MantineProvider', ...mantineNames].join(', ');
  return `import { hydrateRoot } from 'react-dom/client';
import { ${mantine} } from '@mantine/core';
import { createRootRoute, createRouter, Outlet, RouterProvider } from '@tanstack/react-router';
import * as rules from '${join(root, 'src/rules/index.ts')}';
import { theme } from '${join(root, 'src/app/theme.ts')}';

// Keep every import alive: a bundler drops what nothing uses.
(window as unknown as { keep: unknown[] }).keep = [rules, ${mantineNames.join(', ')}];
const rootRoute = createRootRoute({ component: Outlet });
const router = createRouter({ routeTree: rootRoute });
hydrateRoot(
  document.getElementById('root')!,
  <MantineProvider theme={theme}>
    <RouterProvider router={router} />
  </MantineProvider>,
);
`;
}

async function buildVariant(root, dir, mantineNames) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html><body><div id="root"></div><script type="module" src="./main.tsx"></script></body></html>\n',
  );
  writeFileSync(join(dir, 'main.tsx'), entrySource(root, mantineNames));
  const outDir = join(dir, 'dist');
  await build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    plugins: [react()],
    build: { outDir, emptyOutDir: true },
  });
  const assets = join(outDir, 'assets');
  const files = readdirSync(assets).filter((file) => file.endsWith('.js'));
  return {
    files: files.length,
    gzipBytes: files.reduce((total, file) => total + gzipBytes(readFileSync(join(assets, file))), 0),
  };
}

/**
 * Builds both variants inside node_modules/.cache (so packages resolve from the project) and returns
 * their JS gzip sizes and the component list used.
 */
export async function measureFloor({ root, mantineNames }) {
  const cache = join(root, 'node_modules', '.cache', 'bacloplan-floor');
  try {
    const base = await buildVariant(root, join(cache, 'base'), []);
    const withComponents = await buildVariant(root, join(cache, 'components'), mantineNames);
    return { base, withComponents, mantineNames };
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}
