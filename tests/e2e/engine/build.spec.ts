/**
 * The build for a real FHIR server ships the app only: no demo server (MSW and the mock cohort) in its
 * scripts. (`npm run build:engine-e2e` made it before this run.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '../fixtures';

const dist = process.env.E2E_ENGINE_DIST ?? 'dist-engine';

test('a build for a FHIR server carries no demo server code', () => {
  const scripts = readdirSync(join(dist, 'assets')).filter((file) => file.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  const withDemo = scripts.filter((file) => {
    const text = readFileSync(join(dist, 'assets', file), 'utf8');
    // The demo worker's start function and the cohort's invented record numbers.
    return text.includes('startDemoWorker') || text.includes('BP-100101');
  });
  expect(withDemo).toEqual([]);
});
