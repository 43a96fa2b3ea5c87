/// <reference types="vitest/config" />
import { defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';
import { tanstackRouter } from '@tanstack/router-plugin/vite';
import { prerenderPlugin } from './src/prerender/plugin.ts';
import { securityHeadersPlugin } from './src/build/headersPlugin.ts';

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  // The one build-time setting the headers depend on; src/lib/config.ts reads the same variable.
  const fhirBaseUrl = env.VITE_FHIR_BASE_URL || '/fhir';
  return {
    plugins: [
      tanstackRouter({ target: 'react', autoCodeSplitting: true }),
      react(),
      securityHeadersPlugin(fhirBaseUrl),
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
