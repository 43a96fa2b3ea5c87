/**
 * Starts the bench's FHIR engine: the demo cohort, the Synthea patients (when ../shared is there) and
 * the scale data (10,000 practice patients and one long chart). Returns the teardown.
 */
import { createFhirEngine } from '../../fhir-engine/engine';
import { loadDemoCohort, loadSynthea, syntheaAvailable } from '../../fhir-engine/datasets';
import { loadScale } from '../../fhir-engine/scale';
import { startEngineServer } from '../../fhir-engine/server';
import { ENGINE_APP_ORIGIN, ENGINE_PORT, PRACTICE_SIZE } from './ports.mjs';

export default async function startBenchEngine(): Promise<() => Promise<void>> {
  const started = Date.now();
  const engine = createFhirEngine();
  await loadDemoCohort(engine);
  const synthea = syntheaAvailable() ? await loadSynthea(engine) : [];
  await loadScale(engine, PRACTICE_SIZE);
  const server = await startEngineServer(engine, { port: ENGINE_PORT, allowOrigin: ENGINE_APP_ORIGIN });
  console.log(
    `Bench FHIR engine: demo cohort, ${synthea.length} Synthea patients, ${PRACTICE_SIZE} practice patients and the long chart, loaded in ${Math.round((Date.now() - started) / 1000)} s`,
  );
  return () => server.close();
}
