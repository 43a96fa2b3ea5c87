import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';

// A deployment against a real EHR: configured server, SMART client id.
vi.mock('../../../src/lib/config', () => ({ fhirBaseUrl: 'https://ehr.example/fhir', isDemoMode: false }));
vi.stubEnv('VITE_SMART_CLIENT_ID', 'bacloplan-test');

const oauth2 = { authorize: vi.fn(), ready: vi.fn(), settings: {} as Record<string, unknown> };
vi.mock('fhirclient', () => ({ default: { oauth2 } }));

const { authorizeSmart, completeSmartLaunch, isConfiguredServer, smartSettings, SmartLaunchError } =
  await import('../../../src/fhir/smart');
const { getFhirConnection, resetFhirConnection } = await import('../../../src/fhir/connection');
const { fhirRead } = await import('../../../src/fhir/client');

const seen: (string | null)[] = [];
let tokenEndpoint = 'https://ehr.example/oauth2/token';
const ehr = setupServer(
  http.get('https://ehr.example/fhir/Patient/p1', ({ request }) => {
    seen.push(request.headers.get('Authorization'));
    return HttpResponse.json({ resourceType: 'Patient', id: 'p1' });
  }),
  http.get('https://ehr.example/fhir/.well-known/smart-configuration', () =>
    HttpResponse.json({
      authorization_endpoint: 'https://login.example/authorize',
      token_endpoint: tokenEndpoint,
    }),
  ),
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
    // A refresh token for the session (fhirclient renews only with online_access or offline_access),
    // renewed as a public client: client_id in the body, no cookies.
    expect(oauth2.authorize.mock.calls[0]?.[0].scope.split(' ')).toContain('online_access');
    expect(oauth2.settings).toMatchObject({
      refreshTokenWithClientId: true,
      refreshTokenWithCredentials: 'omit',
    });
  });

  it('starts a standalone launch against the configured server', async () => {
    await authorizeSmart({});
    const [params] = oauth2.authorize.mock.calls[0] as [{ iss: string; launch?: string; scope: string }];
    expect(params.iss).toBe('https://ehr.example/fhir');
    expect(params.launch).toBeUndefined();
    expect(params.scope).toContain('launch/patient');
  });

  it('refuses before the sign-in page a token endpoint this build may not reach, and names the setting', async () => {
    tokenEndpoint = 'https://login.example/token';
    try {
      await expect(authorizeSmart({})).rejects.toThrow(
        /signs in through https:\/\/login\.example.*VITE_SMART_AUTH_ORIGIN=https:\/\/login\.example/,
      );
      expect(oauth2.authorize).not.toHaveBeenCalled();
      // Allowed when the build names that origin (and its CSP then allows it).
      vi.stubEnv('VITE_SMART_AUTH_ORIGIN', 'https://login.example');
      await authorizeSmart({});
      expect(oauth2.authorize).toHaveBeenCalledTimes(1);
    } finally {
      tokenEndpoint = 'https://ehr.example/oauth2/token';
      vi.stubEnv('VITE_SMART_AUTH_ORIGIN', '');
    }
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

  it('says "sign in again" when the token can no longer be renewed, and sends nothing', async () => {
    seen.length = 0;
    oauth2.ready.mockResolvedValue({
      state: { serverUrl: 'https://ehr.example/fhir' },
      patient: { id: 'p1' },
      refreshIfNeeded: vi.fn(async () => {
        throw new Error('invalid_grant: grant request is invalid');
      }),
      getAuthorizationHeader: () => 'Bearer expired',
      getFhirUser: () => null,
    });
    await completeSmartLaunch({ code: 'c', state: 's' });
    const failure = await fhirRead('Patient', 'p1').catch((error: unknown) => error);
    expect(failure).toMatchObject({ name: 'FhirError', kind: 'unauthorized' });
    expect(String((failure as Error).message)).toMatch(/has ended.*Sign in again/);
    expect(seen).toEqual([]);
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
