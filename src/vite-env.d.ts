/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_FHIR_BASE_URL?: string;
  readonly VITE_SMART_CLIENT_ID?: string;
  readonly VITE_SMART_SCOPE?: string;
  readonly VITE_SMART_AUTH_ORIGIN?: string;
}
