/**
 * Where the browser bench runs (`npm run bench`, tests/bench/run.mjs): its own ports, so it never meets
 * a running e2e suite. The demo build on DEMO_PORT; a build for a real FHIR server (VITE_FHIR_BASE_URL =
 * BENCH_FHIR_BASE) on ENGINE_APP_PORT, against the Medplum engine of the tests loaded with the demo
 * cohort, the Synthea patients and the scale data (global-setup.ts). Plain JS: run.mjs reads it too.
 */
export const DEMO_PORT = 4602;
export const ENGINE_APP_PORT = 4603;
export const ENGINE_PORT = 4604;
export const FLOOR_PORT = 4605;
export const DEMO_ORIGIN = `http://localhost:${DEMO_PORT}`;
export const ENGINE_APP_ORIGIN = `http://localhost:${ENGINE_APP_PORT}`;
export const BENCH_FHIR_BASE = `http://127.0.0.1:${ENGINE_PORT}/fhir`;
/** How many practice patients the engine holds for the list and search measurements. */
export const PRACTICE_SIZE = 10_000;
/** Lighthouse's mobile preset slows the CPU 4×; the browser measurements do the same. */
export const CPU_SLOWDOWN = 4;
