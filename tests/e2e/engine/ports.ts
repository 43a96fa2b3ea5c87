/**
 * Where the FHIR-engine end-to-end runs live. Two builds of the app for a real FHIR server, each baking
 * its server into the build (package.json `build:engine-e2e`; a unit test keeps the two in step):
 *
 * - the open engine on ENGINE_PORT, the app (dist-engine) on ENGINE_APP_PORT;
 * - SMART: a second engine that asks for a bearer token on SMART_ENGINE_PORT, the OpenID Connect server
 *   (oidc-provider) on SMART_AUTH_PORT, another origin as many EHRs have, and the app (dist-smart) with
 *   its client id on SMART_APP_PORT.
 */
export const ENGINE_PORT = 4176;
export const ENGINE_APP_PORT = 4175;
export const ENGINE_ORIGIN = `http://127.0.0.1:${ENGINE_PORT}`;
export const ENGINE_FHIR_BASE = `${ENGINE_ORIGIN}/fhir`;
export const ENGINE_APP_ORIGIN = `http://localhost:${ENGINE_APP_PORT}`;

export const SMART_ENGINE_PORT = 4178;
export const SMART_AUTH_PORT = 4179;
export const SMART_APP_PORT = 4177;
export const SMART_FHIR_BASE = `http://127.0.0.1:${SMART_ENGINE_PORT}/fhir`;
export const SMART_AUTH_ORIGIN = `http://127.0.0.1:${SMART_AUTH_PORT}`;
export const SMART_APP_ORIGIN = `http://localhost:${SMART_APP_PORT}`;
export const SMART_CLIENT_ID = 'bacloplan-e2e';
/** fhirclient renews a token 10 s before it expires: a 14 s token is renewed after 4 s. */
export const SMART_ACCESS_TOKEN_TTL = 14;
export const SMART_FHIR_USER = 'Practitioner/e2e-prescriber';
