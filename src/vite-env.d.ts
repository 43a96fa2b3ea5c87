/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_FHIR_BASE_URL?: string;
  readonly VITE_SMART_CLIENT_ID?: string;
  readonly VITE_SMART_SCOPE?: string;
  readonly VITE_SMART_AUTH_ORIGIN?: string;
}

/** A message catalogue, compiled by @lingui/vite-plugin at build time. */
declare module '*.po' {
  import type { Messages } from '@lingui/core';
  export const messages: Messages;
}
