/**
 * Starts the FHIR engines for the whole Playwright run:
 * - the open engine, loaded with the demo cohort and (when ../shared/fhir-samples is there) the Synthea
 *   patients;
 * - the SMART stack: a second engine with the demo cohort that answers only requests with a bearer
 *   token allowing them, and the OpenID Connect server that issues the tokens (smart-server.ts).
 * Returns the teardown.
 */
import { createFhirEngine } from '../../fhir-engine/engine';
import {
  loadDemoCohort,
  loadSynthea,
  SYNTHEA_MISSING_NOTICE,
  syntheaAvailable,
} from '../../fhir-engine/datasets';
import { startEngineServer } from '../../fhir-engine/server';
import { startSmartServer } from '../../fhir-engine/smart-server';
import {
  ENGINE_APP_ORIGIN,
  ENGINE_PORT,
  SMART_ACCESS_TOKEN_TTL,
  SMART_APP_ORIGIN,
  SMART_AUTH_PORT,
  SMART_CLIENT_ID,
  SMART_ENGINE_PORT,
  SMART_FHIR_BASE,
  SMART_FHIR_USER,
} from './ports';

async function startOpenEngine() {
  const engine = createFhirEngine();
  await loadDemoCohort(engine);
  if (syntheaAvailable()) {
    const loaded = await loadSynthea(engine);
    console.log(`FHIR engine: demo cohort and ${loaded.length} Synthea patients`);
  } else {
    console.log(`FHIR engine: demo cohort only. ${SYNTHEA_MISSING_NOTICE}`);
  }
  return startEngineServer(engine, { port: ENGINE_PORT, allowOrigin: ENGINE_APP_ORIGIN });
}

async function startSmartStack() {
  const engine = createFhirEngine();
  await loadDemoCohort(engine);
  const auth = await startSmartServer({
    port: SMART_AUTH_PORT,
    fhirBaseUrl: SMART_FHIR_BASE,
    clientId: SMART_CLIENT_ID,
    redirectUri: `${SMART_APP_ORIGIN}/launch`,
    accessTokenTtl: SMART_ACCESS_TOKEN_TTL,
    engine,
    fhirUser: SMART_FHIR_USER,
  });
  const fhir = await startEngineServer(engine, {
    port: SMART_ENGINE_PORT,
    allowOrigin: SMART_APP_ORIGIN,
    checkAccess: auth.checkAccess,
    smartConfiguration: auth.smartConfiguration,
  });
  return { close: () => Promise.all([auth.close(), fhir.close()]) };
}

export default async function startEngines(): Promise<() => Promise<void>> {
  const servers = await Promise.all([startOpenEngine(), startSmartStack()]);
  return async () => {
    await Promise.all(servers.map((server) => server.close()));
  };
}
