/// <reference types="vitest/config" />
import { defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';
import { tanstackRouter } from '@tanstack/router-plugin/vite';
import { lingui } from '@lingui/vite-plugin';
import { prerenderPlugin } from './src/prerender/plugin.ts';
import { securityHeadersPlugin } from './src/build/headersPlugin.ts';
import { demoWorkerPlugin } from './src/build/demoWorkerPlugin.ts';
import { smartAuthOrigin } from './src/build/securityHeaders.ts';

// The message catalogues' config lives with them (src/i18n/), not at the top level.
process.env.LINGUI_CONFIG ??= 'src/i18n/lingui.config.ts';

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  // The build-time settings the headers depend on; src/lib/config.ts and src/fhir/smart.ts read the same.
  const fhirBaseUrl = env.VITE_FHIR_BASE_URL || '/fhir';
  const authOrigin = smartAuthOrigin(env.VITE_SMART_AUTH_ORIGIN);
  return {
    plugins: [
      tanstackRouter({ target: 'react', autoCodeSplitting: true }),
      react(),
      // PO catalogues compiled at build time: no message parser ships; a missing French message fails the build.
      lingui({ failOnMissing: true, failOnCompileError: true }),
      securityHeadersPlugin(fhirBaseUrl, authOrigin),
      // The same test as src/lib/config.ts: no FHIR server configured means the demo.
      demoWorkerPlugin(fhirBaseUrl === '/fhir'),
      prerenderPlugin(),
    ],
    build: {
      sourcemap: false,
      chunkSizeWarningLimit: 900,
    },
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'node',
            include: ['tests/unit/**/*.test.ts', 'src/rules/**/*.test.ts', 'mocks/**/*.test.ts'],
            setupFiles: ['tests/setup-clock.ts', 'tests/fhir-engine/websocket-shim.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'component',
            environment: 'jsdom',
            include: ['tests/component/**/*.test.tsx', 'src/**/*.test.tsx'],
            setupFiles: ['tests/setup-clock.ts', 'tests/component/setup.ts'],
            testTimeout: 20000,
          },
        },
      ],
    },
  };
});
