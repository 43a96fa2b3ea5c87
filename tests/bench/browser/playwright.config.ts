import { defineConfig } from '@playwright/test';
import { chromiumPath } from '../../e2e/chromium-path.mjs';
import { DEMO_ORIGIN, DEMO_PORT, ENGINE_APP_ORIGIN, ENGINE_APP_PORT } from './ports.mjs';

// run.mjs builds both into its own temporary folder and passes them here.
const demoDist = process.env.BENCH_DEMO_DIST ?? 'dist';
const engineDist = process.env.BENCH_ENGINE_DIST ?? 'dist-bench';

/**
 * The browser half of `npm run bench`: measurements, not tests of behaviour. One worker, so nothing
 * else runs on the machine's two cores while a page is timed; each spec writes its figures to
 * tests/bench/results/browser/<name>.json, which run.mjs reads, reports and judges against the budgets.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.bench.ts',
  timeout: 600_000,
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: [['list']],
  outputDir: '../../../test-results/bench',
  use: {
    baseURL: DEMO_ORIGIN,
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: chromiumPath(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
    },
  },
  globalSetup: './global-setup.ts',
  webServer: [
    {
      command: `npx vite preview --port ${DEMO_PORT} --strictPort --outDir ${demoDist}`,
      url: `${DEMO_ORIGIN}/planner`,
      cwd: '../../..',
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npx vite preview --port ${ENGINE_APP_PORT} --strictPort --outDir ${engineDist}`,
      url: `${ENGINE_APP_ORIGIN}/planner`,
      cwd: '../../..',
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
