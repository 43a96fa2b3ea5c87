import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ENGINE_FHIR_BASE,
  SMART_AUTH_ORIGIN,
  SMART_CLIENT_ID,
  SMART_FHIR_BASE,
} from '../../e2e/engine/ports';

const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> })
  .scripts;

describe('the e2e builds bake in the servers the e2e setup starts', () => {
  it('builds dist-engine for the open engine and dist-smart for the SMART engine, client and sign-in server', () => {
    const [engine, smart] = (scripts['build:engine-e2e'] ?? '').split('&&');
    expect(engine).toContain(`VITE_FHIR_BASE_URL=${ENGINE_FHIR_BASE} `);
    expect(engine).toContain('--outDir dist-engine');
    expect(smart).toContain(`VITE_FHIR_BASE_URL=${SMART_FHIR_BASE} `);
    expect(smart).toContain(`VITE_SMART_CLIENT_ID=${SMART_CLIENT_ID} `);
    expect(smart).toContain(`VITE_SMART_AUTH_ORIGIN=${SMART_AUTH_ORIGIN} `);
    expect(smart).toContain('--outDir dist-smart');
  });
});
