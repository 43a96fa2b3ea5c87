/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_FHIR_BASE_URL?: string;
}
