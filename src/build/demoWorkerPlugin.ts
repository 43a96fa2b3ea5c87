/**
 * Vite plugin: `mockServiceWorker.js` (MSW's worker, in public/ for the demo) ships only in a demo
 * build. A build for a real FHIR server never starts it (src/fhir/session.ts), and a file that could
 * answer FHIR requests with invented patients has no place on a clinic's server.
 *
 * Build-time code (Node): never imported by the app.
 */
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

export const DEMO_WORKER_FILE = 'mockServiceWorker.js';

export function demoWorkerPlugin(isDemo: boolean): Plugin {
  let outDir = 'dist';
  return {
    name: 'bacloplan-demo-worker-only-in-demo',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    // After Vite has copied public/ into the output.
    closeBundle() {
      if (!isDemo) rmSync(join(outDir, DEMO_WORKER_FILE), { force: true });
    },
  };
}
