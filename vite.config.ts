/// <reference types="vitest/config" />
import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { tanstackRouter } from '@tanstack/router-plugin/vite';
import { prerenderPlugin } from './src/prerender/plugin.ts';

/**
 * Content-Security-Policy for the built app. Scripts only from our own origin; network only to our
 * origin and the configured FHIR server (patient data goes nowhere else). Mantine and Recharts set
 * `style` attributes, so inline styles are allowed; inline scripts are not.
 */
export function contentSecurityPolicy(fhirBaseUrl: string): string {
  let fhirOrigin = '';
  try {
    const url = new URL(fhirBaseUrl);
    fhirOrigin = ` ${url.origin}`;
  } catch {
    // A relative base URL (the demo's `/fhir`) is same-origin and already covered by 'self'.
  }
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${fhirOrigin}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

function cspMetaTag(policy: string): Plugin {
  return {
    name: 'bacloplan-csp',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<!-- csp -->',
        `<meta http-equiv="Content-Security-Policy" content="${policy}" />`,
      );
    },
  };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const policy = contentSecurityPolicy(env.VITE_FHIR_BASE_URL ?? '/fhir');
  return {
    plugins: [
      tanstackRouter({ target: 'react', autoCodeSplitting: true }),
      react(),
      cspMetaTag(policy),
      prerenderPlugin(),
    ],
    build: {
      sourcemap: false,
      chunkSizeWarningLimit: 900,
    },
    preview: {
      headers: { 'Content-Security-Policy': policy },
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
