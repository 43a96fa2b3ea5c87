/**
 * Runtime configuration read from Vite env at build time.
 * The demo (MSW answering `/fhir` from mocks/) runs whenever no real FHIR server is configured.
 */
const DEMO_FHIR_BASE_URL = '/fhir';

// `import.meta.env` is Vite's; Node tools that load the demo cohort (the FHIR-engine e2e setup) have none.
const env: Partial<ImportMetaEnv> = import.meta.env ?? {};

export const fhirBaseUrl: string = env.VITE_FHIR_BASE_URL || DEMO_FHIR_BASE_URL;

/** True when the built-in mock FHIR server should answer (no real server configured). */
export const isDemoMode: boolean = fhirBaseUrl === DEMO_FHIR_BASE_URL;
