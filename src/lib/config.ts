/**
 * Runtime configuration read from Vite env at build time.
 * The demo (MSW answering `/fhir` from mocks/) runs whenever no real FHIR server is configured.
 */
const DEMO_FHIR_BASE_URL = '/fhir';

export const fhirBaseUrl: string =
  (import.meta.env.VITE_FHIR_BASE_URL as string | undefined) || DEMO_FHIR_BASE_URL;

/** True when the built-in mock FHIR server should answer (no real server configured). */
export const isDemoMode: boolean = fhirBaseUrl === DEMO_FHIR_BASE_URL;
