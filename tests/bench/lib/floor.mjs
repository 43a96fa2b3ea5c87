/**
 * The stack's floor (issue 17's budget: first-load JS + CSS ≤ 1.10 × the floor): the smallest app on
 * this stack with one form and one chart — React DOM, TanStack Router and Query, Mantine with its
 * stylesheet, one form (TextInput, NumberInput, Button) and one Recharts line chart — built with the same
 * Vite and loaded by Chromium exactly as the real /planner is (`measureFloorApp`, firstLoad.mjs).
 *
 * Two more throwaway apps explain where the real first load goes (every JS file, gzip level 9):
 *   - "base": React DOM (hydrateRoot), TanStack Router with one route, MantineProvider with the app's
 *     theme, and the whole rules module (the planner calls nearly all of it on its first screen);
 *   - "with components": the same, plus everything (components, theme helpers) the app's modules in the real
 *     first load import from @mantine/core (read from the chunk graph, so the list follows the code).
 * The difference between the real first load and "with components" is the planner's own code.
 */
import {
  createReadStream,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { gzipBytes } from './sizes.mjs';
import { measureFirstLoad } from './firstLoad.mjs';

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

/** Builds a one-file app (`main.tsx` = `source`) in `dir` with the same Vite; returns its output folder. */
async function buildThrowawayApp(dir, source) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><title>floor</title></head><body><div id="root"></div><script type="module" src="./main.tsx"></script></body></html>\n',
  );
  writeFileSync(join(dir, 'main.tsx'), source);
  const outDir = join(dir, 'dist');
  await build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    plugins: [react()],
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

async function buildVariant(root, dir, mantineNames) {
  const outDir = await buildThrowawayApp(dir, entrySource(root, mantineNames));
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

/** The smallest app on this stack with one form and one chart, everything loaded at start. */
const FORM_AND_CHART_APP = `import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@mantine/core/styles.css';
import { Button, MantineProvider, NumberInput, Stack, TextInput } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createRootRoute, createRouter, RouterProvider } from '@tanstack/react-router';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

function Page() {
  const [dose, setDose] = useState<number | string>(15);
  const data = Array.from({ length: 30 }, (_, day) => ({ day, mg: Math.min(80, Number(dose) + day * 5) }));
  return (
    <Stack p="md">
      <form onSubmit={(event) => event.preventDefault()}>
        <TextInput label="Name" />
        <NumberInput label="Dose" value={dose} onChange={setDose} />
        <Button type="submit">Plan</Button>
      </form>
      <div style={{ height: 240 }}>
        <ResponsiveContainer>
          <LineChart data={data}>
            <CartesianGrid />
            <XAxis dataKey="day" />
            <YAxis />
            <Tooltip />
            <Line dataKey="mg" />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </Stack>
  );
}

const router = createRouter({ routeTree: createRootRoute({ component: Page }) });
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={new QueryClient()}>
      <MantineProvider>
        <RouterProvider router={router} />
      </MantineProvider>
    </QueryClientProvider>
  </StrictMode>,
);
`;

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

/**
 * A static file server for a throwaway build (any path without a file gets index.html), gzipped as
 * `vite preview` serves the real app, so Lighthouse's simulated network treats both alike.
 */
function serveStatic(dir, port) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    const file = existsSync(join(dir, path)) && extname(path) ? join(dir, path) : join(dir, 'index.html');
    response.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    if (!/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      createReadStream(file).pipe(response);
      return;
    }
    response.setHeader('Content-Encoding', 'gzip');
    createReadStream(file).pipe(createGzip()).pipe(response);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

/**
 * Builds the form-and-chart app with the same Vite and measures what Chromium loads for it, with the
 * same code that measures the real /planner. `whileServed(url)`, when given, runs while the app is
 * served (the bench audits it with Lighthouse there: the stack's own floor for TBT and the score).
 */
export async function measureFloorApp({ root, executablePath, port = 4605, whileServed }) {
  const dir = join(root, 'node_modules', '.cache', 'bacloplan-floor-app');
  try {
    const outDir = await buildThrowawayApp(dir, FORM_AND_CHART_APP);
    const server = await serveStatic(outDir, port);
    try {
      const baseUrl = `http://127.0.0.1:${port}`;
      const load = await measureFirstLoad({ baseUrl, path: '/', executablePath });
      const served = whileServed ? await whileServed(`${baseUrl}/`) : undefined;
      return {
        app: 'React DOM + TanStack Router + TanStack Query + Mantine (with its stylesheet) + one form + one Recharts chart',
        js: load.js,
        css: load.css,
        ...(served === undefined ? {} : { served }),
      };
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
