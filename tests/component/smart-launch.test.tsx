import { describe, expect, it } from 'vitest';
import { launchIntent } from '../../src/features/patients/SmartLaunch';

describe('what the /launch page was opened to do', () => {
  it('completes the sign-in when the redirect carries a code, even with the authorisation server’s iss (RFC 9207)', () => {
    expect(launchIntent({ code: 'c1', state: 's1', iss: 'https://login.example' })).toEqual({
      kind: 'complete',
      code: 'c1',
      state: 's1',
    });
  });

  it('starts an EHR launch from iss and launch, and a standalone one from iss alone', () => {
    expect(launchIntent({ iss: 'https://ehr.example/fhir', launch: 'L' })).toEqual({
      kind: 'authorize',
      iss: 'https://ehr.example/fhir',
      launch: 'L',
    });
    expect(launchIntent({ iss: 'https://ehr.example/fhir' })).toEqual({
      kind: 'authorize',
      iss: 'https://ehr.example/fhir',
    });
    expect(launchIntent({})).toEqual({ kind: 'idle' });
  });

  it('says what failed: an error from the server, or a code without its state', () => {
    expect(launchIntent({ error: 'access_denied', error_description: 'user said no' })).toEqual({
      kind: 'failed',
      message: 'access_denied: user said no',
    });
    expect(launchIntent({ code: 'c1' })).toMatchObject({ kind: 'failed' });
  });
});
