/**
 * SMART App Launch for real: the app built with a client id (dist-smart) signs in through a real
 * OpenID Connect server (oidc-provider, tests/fhir-engine/smart-server.ts) on another origin, in front
 * of a FHIR engine that answers only requests whose bearer token allows them — scope by scope, within
 * the patient in context.
 */
import type { Page, Request } from '@playwright/test';
import { test, expect } from '../fixtures';
import type { ArrivedRequest } from '../../fhir-engine/server';
import type { TokenRequest } from '../../fhir-engine/smart-server';
import {
  SMART_ACCESS_TOKEN_TTL,
  SMART_AUTH_ORIGIN,
  SMART_FHIR_BASE,
  SMART_ENGINE_PORT,
} from '../engine/ports';

// One authorisation server and one engine answer every test, and their logs are read in order.
test.describe.configure({ mode: 'default' });

const ENGINE_CONTROL = `http://127.0.0.1:${SMART_ENGINE_PORT}/__engine/requests`;

async function arrivedOnEngine(): Promise<ArrivedRequest[]> {
  return (await (await fetch(ENGINE_CONTROL)).json()) as ArrivedRequest[];
}

async function tokenRequests(): Promise<TokenRequest[]> {
  return (await (await fetch(`${SMART_AUTH_ORIGIN}/__oidc/log`)).json()) as TokenRequest[];
}

/** The Test EHR's sign-in page, as a user fills it. */
async function signInAtEhr(page: Page, user: string): Promise<void> {
  await expect(page).toHaveURL(new RegExp(`^${SMART_AUTH_ORIGIN}/interaction/`));
  await page.getByRole('textbox', { name: 'User' }).fill(user);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** A standalone sign-in from bacloplan's own /launch page, picking the patient at the EHR. */
async function signInStandaloneFor(page: Page, patientId: string): Promise<void> {
  await page.goto('/launch');
  await page.getByRole('button', { name: 'Sign in to the FHIR server' }).click();
  await signInAtEhr(page, 'dr-standalone');
  await page.getByRole('combobox', { name: 'Patient' }).selectOption(patientId);
  await page.getByRole('button', { name: 'Open for this patient' }).click();
}

/** Everything the page asked for went to the FHIR server or the sign-in server. */
function onlyEhrOrigins(urls: string[]): string[] {
  return urls.filter(
    (url) => !url.startsWith(`${SMART_FHIR_BASE}/`) && !url.startsWith(`${SMART_AUTH_ORIGIN}/`),
  );
}

test('standalone launch: PKCE, the patient picked at the EHR, every request with a token that is renewed', async ({
  page,
  problems,
}) => {
  const authorizeRequests: URL[] = [];
  page.on('request', (request: Request) => {
    if (request.url().startsWith(`${SMART_AUTH_ORIGIN}/auth`)) authorizeRequests.push(new URL(request.url()));
  });
  const before = (await arrivedOnEngine()).length;

  await page.goto('/launch');
  await page.getByRole('button', { name: 'Sign in to the FHIR server' }).click();
  await signInAtEhr(page, 'dr-standalone');
  // No launch context: the EHR asks whom the session is for (SMART `launch/patient`).
  await expect(page.getByRole('heading', { name: 'Test EHR: choose the patient' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Patient' }).selectOption('demo-02');
  await page.getByRole('button', { name: 'Open for this patient' }).click();

  // Back in bacloplan, on that patient's chart.
  await expect(page).toHaveURL(/\/patients\/demo-02$/);
  await expect(page.getByRole('heading', { name: /Jean Dubois/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Renal function and body size' })).toContainText('1.2 mg/dL');

  // Authorisation code with PKCE (S256) for a public client; the FHIR server is the audience.
  const authorize = authorizeRequests[0];
  expect(authorize?.searchParams.get('code_challenge_method')).toBe('S256');
  expect(authorize?.searchParams.get('code_challenge')?.length).toBeGreaterThanOrEqual(43);
  expect(authorize?.searchParams.get('aud')).toBe(SMART_FHIR_BASE);
  expect(authorize?.searchParams.get('scope')).toContain('launch/patient');
  expect(authorize?.searchParams.get('scope')).not.toMatch(/(^| )launch( |$)/);
  const tokens = await tokenRequests();
  expect(tokens.at(-1)).toEqual({ grantType: 'authorization_code', status: 200, patient: 'demo-02' });

  // Every chart request carried a bearer token that allowed it (scopes and patient compartment).
  const chartRequests = (await arrivedOnEngine()).slice(before);
  expect(chartRequests.length).toBeGreaterThan(4);
  expect(chartRequests.filter((request) => !request.authorization?.startsWith('Bearer '))).toEqual([]);
  expect(chartRequests.filter((request) => request.refused)).toEqual([]);

  // The session survives a reload (fhirclient keeps it for the tab).
  await page.reload();
  await expect(page.getByRole('heading', { name: /Jean Dubois/ })).toBeVisible();

  // Once the access token is within fhirclient's 10 s margin of expiry, the next request renews it first.
  await page.waitForTimeout((SMART_ACCESS_TOKEN_TTL - 10 + 1) * 1000);
  const usedBefore = new Set((await arrivedOnEngine()).map((request) => request.authorization));
  await page.getByRole('link', { name: 'Plan from chart' }).click();
  await expect(page).toHaveURL(/\/planner\?/);
  await page.getByRole('button', { name: 'Save to chart' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved to the chart' })).toBeVisible();
  const renewed = await tokenRequests();
  expect(renewed.filter((request) => request.grantType === 'refresh_token')).toContainEqual({
    grantType: 'refresh_token',
    status: 200,
    patient: 'demo-02',
  });
  const save = (await arrivedOnEngine()).filter((request) => request.method === 'POST' && request.url === '');
  expect(save).toHaveLength(1);
  expect(save[0]?.refused).toBeUndefined();
  // The plan went with the renewed token, and the write scopes covered it.
  expect(usedBefore.has(save[0]?.authorization)).toBe(false);

  expect(problems.consoleErrors).toEqual([]);
  expect(onlyEhrOrigins(problems.foreignRequests)).toEqual([]);
});

test('a patient-level session cannot list other patients: the server says no and the page says why', async ({
  page,
}) => {
  await signInStandaloneFor(page, 'demo-01');
  await expect(page.getByRole('heading', { name: /Claire Martin/ })).toBeVisible();
  await page.getByRole('link', { name: /^Patients/ }).click();
  await expect(page.getByRole('alert')).toContainText('does not allow this for your account (HTTP 403)');
});

test('EHR launch: the EHR names the patient through `launch`, and only the configured server may launch', async ({
  page,
  problems,
}) => {
  const registered = await fetch(`${SMART_AUTH_ORIGIN}/__oidc/launch`, {
    method: 'POST',
    body: JSON.stringify({ patient: 'demo-32' }),
  });
  const { launch } = (await registered.json()) as { launch: string };
  const before = (await arrivedOnEngine()).length;
  await page.goto(`/launch?iss=${encodeURIComponent(SMART_FHIR_BASE)}&launch=${launch}`);
  await signInAtEhr(page, 'dr-ehr');
  // No picker: the launch carried the context.
  await expect(page).toHaveURL(/\/patients\/demo-32$/);
  await expect(page.getByRole('heading', { name: /Étienne Vasseur/ })).toBeVisible();
  // Products behind medicationReference are read with the Medication scope the app asks for.
  const medicines = page.getByRole('region', { name: 'Current medicines (scrolls sideways)' });
  await expect(medicines).toContainText('Carbamazepine');
  await expect(medicines.getByText('Not checked')).toHaveCount(0);
  const chartRequests = (await arrivedOnEngine()).slice(before);
  expect(chartRequests.some((request) => request.url.includes('_include='))).toBe(true);
  expect(chartRequests.filter((request) => request.refused)).toEqual([]);
  expect((await tokenRequests()).at(-1)).toMatchObject({
    grantType: 'authorization_code',
    patient: 'demo-32',
  });

  // A launch from any other server is refused before anything is sent to it.
  await page.goto(`/launch?iss=${encodeURIComponent('http://127.0.0.1:4999/fhir')}&launch=${launch}`);
  const refusal = page.getByRole('alert').filter({ hasText: 'The SMART launch did not complete' });
  await expect(refusal).toContainText(`bacloplan is configured for ${SMART_FHIR_BASE}`);
  expect(problems.foreignRequests.filter((url) => url.includes(':4999'))).toEqual([]);
  expect(onlyEhrOrigins(problems.foreignRequests)).toEqual([]);
});

test('an ended session: a plan saved meanwhile waits on the device, and the chart says sign in again', async ({
  page,
}) => {
  await signInStandaloneFor(page, 'demo-01');
  await expect(page.getByRole('heading', { name: /Claire Martin/ })).toBeVisible();
  await page.getByRole('link', { name: 'Plan from chart' }).click();
  await expect(page).toHaveURL(/\/planner\?/);

  // While the clinician plans, the EHR ends every session: access and refresh tokens are revoked.
  expect((await fetch(`${SMART_AUTH_ORIGIN}/__oidc/end-sessions`, { method: 'POST' })).ok).toBe(true);
  await page.getByRole('button', { name: 'Save to chart' }).click();
  const kept = page
    .getByRole('status')
    .filter({ hasText: 'Saved on this device — sign in again to send it' });
  // Refused either way, depending on the clock: the revoked token (HTTP 401), or its renewal (the token
  // was within its 10 s margin). Both say sign in again; neither loses the plan.
  await expect(kept).toContainText(
    /asks you to sign in again \(HTTP 401\)|has ended and could not be renewed/,
  );
  await expect(kept).toContainText('sent once you have signed in again');

  await page.goto('/patients/demo-01');
  await expect(
    page.getByRole('alert').filter({ hasText: 'Access to the FHIR server was refused' }),
  ).toContainText(/asks you to sign in again \(HTTP 401\)|has ended and could not be renewed/);
  // The plan is still said to be on this device, though the chart itself cannot load.
  await expect(
    page.getByRole('status').filter({ hasText: 'A plan for this patient saved on this device only' }),
  ).toContainText('Waiting for sign-in');
  await page.getByRole('link', { name: 'Sign in again to the FHIR server' }).click();
  await expect(page.getByRole('button', { name: 'Sign in to the FHIR server' })).toBeVisible();
});
