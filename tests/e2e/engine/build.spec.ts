/**
 * A build for a real FHIR server ships the app only: no demo server (MSW, its worker file, the mock
 * cohort) in its files; the demo build keeps its worker. (`npm run build` and `npm run build:engine-e2e`
 * made the builds before this run.) Its headers are checked in charts.spec.ts and shell.spec.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '../fixtures';

const realServerBuilds = [
  process.env.E2E_ENGINE_DIST ?? 'dist-engine',
  process.env.E2E_SMART_DIST ?? 'dist-smart',
];
const demoBuild = process.env.E2E_DIST ?? 'dist';

/** Text that only the demo server's code carries: its start function, MSW's own names, the cohort. */
const DEMO_MARKERS = ['startDemoWorker', 'mockServiceWorker', '[MSW]', 'BP-100101'];

function filesOf(dist: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(join(dist, dir), { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
    );
  return walk('.');
}

for (const dist of realServerBuilds) {
  test(`the build for a FHIR server (${dist}) carries no demo server code or worker`, () => {
    const files = filesOf(dist);
    expect(files.filter((file) => file.endsWith('.js')).length).toBeGreaterThan(0);
    expect(files.filter((file) => /mockServiceWorker/i.test(file))).toEqual([]);
    const withDemo = files
      .filter((file) => /\.(js|html)$/.test(file))
      .filter((file) => {
        const text = readFileSync(join(dist, file), 'utf8');
        return DEMO_MARKERS.some((marker) => text.includes(marker));
      });
    expect(withDemo).toEqual([]);
  });
}

test('the demo build keeps its worker, so `npm start` still shows the demo EHR', () => {
  expect(existsSync(join(demoBuild, 'mockServiceWorker.js'))).toBe(true);
});
