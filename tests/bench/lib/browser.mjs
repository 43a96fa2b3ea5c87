/**
 * The browser measurements (tests/bench/browser): builds the app for the bench's FHIR engine, runs the
 * Playwright bench specs (one worker) against it and the demo build, and returns the figures they wrote
 * (results/browser/*.json) during this run, with the failure if a spec failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_FHIR_BASE } from '../browser/ports.mjs';

export function buildForBenchEngine({ root, outDir }) {
  const run = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, VITE_FHIR_BASE_URL: BENCH_FHIR_BASE },
    timeout: 300_000,
  });
  if (run.status !== 0) throw new Error(`vite build for the bench engine failed:\n${run.stderr ?? ''}`);
}

export function runBrowserBench({ root, demoDist, engineDist, resultsDir, log }) {
  const dir = join(resultsDir, 'browser');
  rmSync(dir, { recursive: true, force: true });
  const startedAt = Date.now();
  const run = spawnSync(
    'npx',
    ['playwright', 'test', '--config', 'tests/bench/browser/playwright.config.ts'],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, BENCH_DEMO_DIST: demoDist, BENCH_ENGINE_DIST: engineDist },
      timeout: 1_800_000,
    },
  );
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  for (const line of output.split('\n'))
    if (/^(INP|\/|search|list|long chart|Synthea|Bench FHIR)/.test(line.trim())) log(`  ${line.trim()}`);
  const results = {};
  if (existsSync(dir)) {
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
      const path = join(dir, file);
      if (statSync(path).mtimeMs >= startedAt - 1000)
        results[file.replace(/\.json$/, '')] = JSON.parse(readFileSync(path, 'utf8'));
    }
  }
  // A spec that failed leaves the others' figures: they are kept, and the failure is returned.
  const error =
    run.status === 0
      ? null
      : `the browser bench exited ${run.status ?? run.signal}:\n${output.trim().split('\n').slice(-30).join('\n')}`;
  return { results, error };
}
