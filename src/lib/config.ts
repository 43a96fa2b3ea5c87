/**
 * Runtime configuration read from Vite env at build time.
 * The demo (MSW answering `/fhir` from mocks/) runs whenever no real FHIR server is configured.
 */
const DEMO_FHIR_BASE_URL = '/fhir';

// `import.meta.env` is Vite's; Node tools that load the demo cohort (the FHIR-engine e2e setup) have
// none. Written out in full so the build replaces it with the configured string (and drops the demo
// server's code from a build for a real FHIR server).
const configuredBaseUrl: string | undefined =
  typeof import.meta.env === 'undefined' ? undefined : import.meta.env.VITE_FHIR_BASE_URL;

export const fhirBaseUrl: string = configuredBaseUrl || DEMO_FHIR_BASE_URL;

/** True when the built-in mock FHIR server should answer (no real server configured). */
export const isDemoMode: boolean = fhirBaseUrl === DEMO_FHIR_BASE_URL;
