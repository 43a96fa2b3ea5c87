/**
 * Starts the Medplum FHIR engine for the whole Playwright run, loaded with the demo cohort and (when
 * ../shared/fhir-samples is there) the Synthea patients. Returns the teardown.
 */
import { createFhirEngine } from '../../fhir-engine/engine';
import {
  loadDemoCohort,
  loadSynthea,
  SYNTHEA_MISSING_NOTICE,
  syntheaAvailable,
} from '../../fhir-engine/datasets';
import { startEngineServer } from '../../fhir-engine/server';
import { ENGINE_APP_ORIGIN, ENGINE_PORT } from './ports';

export default async function startEngine(): Promise<() => Promise<void>> {
  const engine = createFhirEngine();
  await loadDemoCohort(engine);
  if (syntheaAvailable()) {
    const loaded = await loadSynthea(engine);
    console.log(`FHIR engine: demo cohort and ${loaded.length} Synthea patients`);
  } else {
    console.log(`FHIR engine: demo cohort only. ${SYNTHEA_MISSING_NOTICE}`);
  }
  const server = await startEngineServer(engine, { port: ENGINE_PORT, allowOrigin: ENGINE_APP_ORIGIN });
  return () => server.close();
}
