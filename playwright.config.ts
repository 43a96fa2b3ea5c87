import { defineConfig } from '@playwright/test';
import { chromiumPath } from './tests/e2e/chromium-path.mjs';
import {
  ENGINE_APP_ORIGIN,
  ENGINE_APP_PORT,
  SMART_APP_ORIGIN,
  SMART_APP_PORT,
} from './tests/e2e/engine/ports';

const port = Number(process.env.E2E_PORT ?? 4173);
const engineDist = process.env.E2E_ENGINE_DIST ?? 'dist-engine';
const smartDist = process.env.E2E_SMART_DIST ?? 'dist-smart';
const chromiumLaunch = {
  executablePath: chromiumPath(),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

/**
 * End-to-end tests drive the built app (vite preview) in the system's Chromium — Playwright's own
 * browser download is not used, so CI needs only Debian's `chromium` package. Two builds: the demo
 * (MSW answers /fhir) and one built for a real FHIR server, run against the Medplum engine that
 * global-setup starts (tests/e2e/engine), and one with a SMART client id, signed in through a real
 * OpenID Connect server in front of a second engine (tests/e2e/smart).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  reporter: [['list']],
  outputDir: process.env.PW_OUTPUT_DIR ?? 'test-results',
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: chromiumLaunch,
  },
  globalSetup: './tests/e2e/engine/global-setup.ts',
  webServer: [
    {
      command: `npx vite preview --port ${port} --strictPort${process.env.E2E_DIST ? ` --outDir ${process.env.E2E_DIST}` : ''}`,
      url: `http://localhost:${port}/planner`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // Serves the build's own _headers: its CSP allows the engine's origin, with no environment here.
      command: `npx vite preview --port ${ENGINE_APP_PORT} --strictPort --outDir ${engineDist}`,
      url: `${ENGINE_APP_ORIGIN}/planner`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // Built with a SMART client id and the OpenID Connect server's origin (its CSP allows both servers).
      command: `npx vite preview --port ${SMART_APP_PORT} --strictPort --outDir ${smartDist}`,
      url: `${SMART_APP_ORIGIN}/planner`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
  projects: [
    {
      name: 'chromium',
      testIgnore: ['engine/**', 'smart/**'],
      use: { browserName: 'chromium', viewport: { width: 1440, height: 900 } },
    },
    {
      name: 'fhir-engine',
      testDir: 'tests/e2e/engine',
      use: { browserName: 'chromium', viewport: { width: 1440, height: 900 }, baseURL: ENGINE_APP_ORIGIN },
    },
    {
      name: 'smart',
      testDir: 'tests/e2e/smart',
      use: { browserName: 'chromium', viewport: { width: 1440, height: 900 }, baseURL: SMART_APP_ORIGIN },
    },
  ],
});
