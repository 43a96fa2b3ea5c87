import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';

// A deployment against a real EHR: configured server, SMART client id.
vi.mock('../../../src/lib/config', () => ({ fhirBaseUrl: 'https://ehr.example/fhir', isDemoMode: false }));
vi.stubEnv('VITE_SMART_CLIENT_ID', 'bacloplan-test');

const oauth2 = { authorize: vi.fn(), ready: vi.fn() };
vi.mock('fhirclient', () => ({ default: { oauth2 } }));

const { authorizeSmart, completeSmartLaunch, isConfiguredServer, smartSettings, SmartLaunchError } =
  await import('../../../src/fhir/smart');
const { getFhirConnection, resetFhirConnection } = await import('../../../src/fhir/connection');
const { fhirRead } = await import('../../../src/fhir/client');

const seen: (string | null)[] = [];
const ehr = setupServer(
  http.get('https://ehr.example/fhir/Patient/p1', ({ request }) => {
    seen.push(request.headers.get('Authorization'));
    return HttpResponse.json({ resourceType: 'Patient', id: 'p1' });
  }),
);

beforeAll(() => ehr.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  oauth2.authorize.mockReset();
  oauth2.ready.mockReset();
  resetFhirConnection();
});
afterAll(() => ehr.close());

describe('SMART App Launch', () => {
  it('is available with a configured server and client id', () => {
    expect(smartSettings()).toMatchObject({
      available: true,
      clientId: 'bacloplan-test',
      serverUrl: 'https://ehr.example/fhir',
    });
    expect(isConfiguredServer('https://EHR.example/fhir/')).toBe(true);
    expect(isConfiguredServer('https://other.example/fhir')).toBe(false);
  });

  it('starts an EHR launch with the launch token and the launch scope', async () => {
    await authorizeSmart({ iss: 'https://ehr.example/fhir', launch: 'xyz' });
    expect(oauth2.authorize).toHaveBeenCalledWith(
      expect.objectContaining({
        clientId: 'bacloplan-test',
        iss: 'https://ehr.example/fhir',
        launch: 'xyz',
        redirectUri: '/launch',
        pkceMode: 'ifSupported',
        scope: expect.stringMatching(/^launch .*patient\/Observation\.read.*patient\/CarePlan\.write/),
      }),
    );
  });

  it('starts a standalone launch against the configured server', async () => {
    await authorizeSmart({});
    const [params] = oauth2.authorize.mock.calls[0] as [{ iss: string; launch?: string; scope: string }];
    expect(params.iss).toBe('https://ehr.example/fhir');
    expect(params.launch).toBeUndefined();
    expect(params.scope).toContain('launch/patient');
  });

  it('refuses a launch from another server: patient data goes only to the configured one', async () => {
    await expect(authorizeSmart({ iss: 'https://evil.example/fhir', launch: 'x' })).rejects.toThrow(
      SmartLaunchError,
    );
    expect(oauth2.authorize).not.toHaveBeenCalled();
  });

  it('completes the launch, returns the patient in context, and sends the token with every request', async () => {
    const client = {
      state: { serverUrl: 'https://ehr.example/fhir' },
      patient: { id: 'p1' },
      refreshIfNeeded: vi.fn(async () => ({})),
      getAuthorizationHeader: () => 'Bearer token-1',
      getFhirUser: () => 'https://ehr.example/fhir/Practitioner/dr-7',
    };
    oauth2.ready.mockResolvedValue(client);
    expect(await completeSmartLaunch({ code: 'c', state: 's' })).toEqual({ patientId: 'p1' });
    // The signed-in prescriber, as a relative reference for requester and author.
    expect(getFhirConnection().fhirUser).toBe('Practitioner/dr-7');
    expect(oauth2.ready).toHaveBeenCalledWith({ code: 'c', stateKey: 's' });
    expect(getFhirConnection().source).toBe('smart');
    await fhirRead('Patient', 'p1');
    expect(seen).toEqual(['Bearer token-1']);
    expect(client.refreshIfNeeded).toHaveBeenCalled();
  });

  it('rejects a session for another server', async () => {
    oauth2.ready.mockResolvedValue({
      state: { serverUrl: 'https://evil.example/fhir' },
      patient: { id: 'p1' },
      getFhirUser: () => null,
    });
    await expect(completeSmartLaunch()).rejects.toThrow(/not the configured/);
    expect(getFhirConnection().source).toBe('config');
  });
});
