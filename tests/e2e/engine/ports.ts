/**
 * Where the FHIR-engine end-to-end run lives: the app built for a real FHIR server (`npm run
 * build:engine-e2e` bakes ENGINE_FHIR_BASE into it) served on APP_PORT, the engine on ENGINE_PORT.
 */
export const ENGINE_PORT = 4176;
export const ENGINE_APP_PORT = 4175;
export const ENGINE_ORIGIN = `http://127.0.0.1:${ENGINE_PORT}`;
export const ENGINE_FHIR_BASE = `${ENGINE_ORIGIN}/fhir`;
export const ENGINE_APP_ORIGIN = `http://localhost:${ENGINE_APP_PORT}`;
