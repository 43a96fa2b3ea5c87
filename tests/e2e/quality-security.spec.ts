/**
 * Security quality gate, in the browser against the built app:
 *  - a Content-Security-Policy in both the response header and the <meta> tag, with no inline scripts
 *    allowed and no third-party origin anywhere in it;
 *  - no request to any other origin on a walk through every route;
 *  - patient-controlled text (the demo cohort's XSS fixture, and markup typed into the planner) is
 *    rendered as inert text: no dialog, no injected element, the characters shown literally;
 *  - nothing that identifies a patient (name, birth date, MRN) in the address, only the FHIR id.
 */
import type { Page } from '@playwright/test';
import type { Patient } from '@medplum/fhirtypes';
import { test, expect, MODERATE_72, plannerUrl } from './fixtures';
import { TEACHING_CASES } from '../../src/features/teaching/cases';

const XSS_IMG = '<img src=x onerror=alert(1)>';
const XSS_PATIENT_ID = 'demo-20';

/** A demo patient as the demo EHR serves it (read in the page, where the mock FHIR server runs). */
async function demoPatient(page: Page, id: string): Promise<Patient & { id: string }> {
  const patient = await page.evaluate(async (patientId) => {
    const response = await fetch(`/fhir/Patient/${patientId}`, {
      headers: { Accept: 'application/fhir+json' },
    });
    return (await response.json()) as unknown;
  }, id);
  expect((patient as Patient).resourceType, `demo patient ${id}`).toBe('Patient');
  return patient as Patient & { id: string };
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!.toLowerCase(), values]),
  );
}

/** Every source in a policy is our own origin, a keyword or a scheme the app needs locally. */
function checkPolicy(policy: string, where: string) {
  const parsed = directives(policy);
  const scriptSrc = parsed.get('script-src') ?? parsed.get('default-src');
  expect(scriptSrc, `${where}: script-src or default-src`).toBeDefined();
  expect(scriptSrc, `${where}: inline scripts allowed`).not.toContain("'unsafe-inline'");
  expect(scriptSrc, `${where}: eval allowed`).not.toContain("'unsafe-eval'");
  expect(parsed.get('object-src'), `${where}: object-src`).toEqual(["'none'"]);
  for (const [name, values] of parsed) {
    for (const value of values) {
      const ok =
        /^'(self|none|unsafe-inline|strict-dynamic|report-sample|wasm-unsafe-eval)'$/.test(value) ||
        /^'(nonce|sha256|sha384|sha512)-/.test(value) ||
        ['data:', 'blob:'].includes(value);
      expect(ok, `${where}: ${name} allows ${value} (a third-party or wildcard source)`).toBe(true);
    }
  }
}

test('a CSP is sent as a header and as a meta tag, with no inline scripts and no third-party origins', async ({
  page,
  problems,
}) => {
  const response = await page.goto('/planner');
  const header = response?.headers()['content-security-policy'];
  expect(header, 'Content-Security-Policy response header').toBeTruthy();
  checkPolicy(header ?? '', 'header');

  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta, 'CSP meta tag').toBeTruthy();
  checkPolicy(meta ?? '', 'meta');

  // The policy is in force: an inline script injected at runtime does not run.
  const ran = await page.evaluate(() => {
    (window as unknown as { inlineRan?: boolean }).inlineRan = false;
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true';
    document.body.append(script);
    return (window as unknown as { inlineRan?: boolean }).inlineRan;
  });
  expect(ran, 'an inline script ran despite the CSP').toBe(false);
  // The blocked inline script is reported as a CSP violation on the console: that one is expected.
  expect(problems.consoleErrors.filter((error) => !/Content Security Policy/i.test(error))).toEqual([]);
});

test('no request leaves the app’s origin on a walk through every route', async ({ page, problems }) => {
  const routes = [
    '/',
    '/planner',
    plannerUrl({ ...MODERATE_72, meds: ['Xanax'] }),
    '/patients',
    '/patients/demo-01',
    '/teaching',
    `/teaching/${TEACHING_CASES[0]?.id ?? 'missing'}?reveal=1`,
    '/teaching/compare',
    '/about',
  ];
  for (const route of routes) {
    await page.goto(route);
    await page.waitForLoadState('networkidle');
  }
  // And by clicking, as a user would (client-side navigation loads the lazy chunks).
  await page.goto('/planner');
  for (const name of [/Patients/, /Teaching/, /About/, /Planner/]) {
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name }).click();
    await page.waitForLoadState('networkidle');
  }
  expect(problems.foreignRequests).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
});

/** Fails the test if any dialog opens; returns the messages seen. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return dialogs;
}

async function expectNothingInjected(page: Page) {
  // No element made from the markup: no <img src="x">, no <b onmouseover>, no script with the payload.
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('[onerror], [onmouseover], [onclick]')).toHaveCount(0);
  const scripts = await page
    .locator('script')
    .evaluateAll((nodes) =>
      nodes.map((node) => node.textContent ?? '').filter((text) => text.includes('alert')),
    );
  expect(scripts).toEqual([]);
  const flag = await page.evaluate(() => (window as unknown as { xssFired?: boolean }).xssFired === true);
  expect(flag, 'an injected handler ran').toBe(false);
}

test.describe('patient-controlled text is inert', () => {
  test.beforeEach(async ({ page }) => {
    // If any payload ever runs, it calls alert(): record that even if the dialog event were missed.
    await page.addInitScript(() => {
      const original = window.alert.bind(window);
      window.alert = (message?: unknown) => {
        (window as unknown as { xssFired?: boolean }).xssFired = true;
        original(String(message));
      };
    });
  });

  test('the XSS fixture patient in the list, the chart and the planner it opens', async ({
    page,
    problems,
  }) => {
    const dialogs = watchDialogs(page);
    // The list: search for the patient by the markup in their name.
    await page.goto('/patients');
    await expect(page.getByRole('list', { name: 'Patients' }).getByRole('listitem').first()).toBeVisible();
    const fixture = await demoPatient(page, XSS_PATIENT_ID);
    expect(fixture.name?.[0]?.family ?? '').toContain('<img');
    const row = page
      .getByRole('list', { name: 'Patients' })
      .getByRole('link', { name: /<img src=x onerror=alert\(1\)>/ });
    await expect(row).toBeVisible();
    await expectNothingInjected(page);

    // The chart: the name, a medication and a condition carry markup.
    await row.click();
    await expect(page).toHaveURL(new RegExp(`/patients/${XSS_PATIENT_ID}$`));
    await expect(page.getByRole('heading', { level: 2 }).filter({ hasText: XSS_IMG })).toBeVisible();
    await expect(page.getByText(XSS_IMG, { exact: false }).first()).toBeVisible();
    await expect(
      page.getByText('<script>alert("condition")</script>', { exact: false }).first(),
    ).toBeVisible();
    await expect(page.getByText('<b onmouseover=alert(2)>twice</b>', { exact: false }).first()).toBeVisible();
    await page.getByText(XSS_IMG, { exact: false }).first().hover();
    await expectNothingInjected(page);

    // The planner opened from that chart shows the medication as text too.
    await page.getByRole('link', { name: 'Plan from chart' }).click();
    await expect(page).toHaveURL(/\/planner\?/);
    await expect(page.getByRole('group', { name: 'Medication entered' })).toContainText(XSS_IMG);
    await expectNothingInjected(page);

    expect(dialogs).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });

  test('markup typed into the planner’s Medication field', async ({ page, problems }) => {
    const dialogs = watchDialogs(page);
    await page.goto('/planner');
    const medication = page.getByRole('combobox', { name: 'Medication' });
    await medication.fill(XSS_IMG);
    await page.getByRole('button', { name: 'Add medication' }).click();
    const entered = page.getByRole('group', { name: 'Medication entered' });
    await expect(entered).toContainText(XSS_IMG);
    // Unrecognised, so it is reported as not checked — literally, in the alert too.
    await expect(page.getByRole('alert').filter({ hasText: 'Not checked' })).toContainText(XSS_IMG);
    await entered.getByText(XSS_IMG, { exact: false }).hover();
    await expectNothingInjected(page);
    // Free text never goes into the address; it is kept on the device and stays inert after a reload.
    expect(decodeURIComponent(page.url())).not.toContain('onerror');
    await page.reload();
    await expect(page.getByRole('group', { name: 'Medication entered' })).toContainText(XSS_IMG);
    await expectNothingInjected(page);
    expect(dialogs).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });
});

test('a selected patient is in the URL by FHIR id only — no name, birth date or MRN', async ({
  page,
  problems,
}) => {
  await page.goto('/patients');
  await expect(page.getByRole('list', { name: 'Patients' }).getByRole('listitem').first()).toBeVisible();
  const patient = await demoPatient(page, 'demo-01');
  const given = patient.name?.[0]?.given?.[0] ?? '';
  const family = patient.name?.[0]?.family ?? '';
  const birthDate = patient.birthDate ?? '';
  const mrn = patient.identifier?.[0]?.value ?? '';
  expect([given, family, birthDate, mrn].every(Boolean)).toBe(true);

  const seen: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) seen.push(frame.url());
  });

  await page
    .getByRole('list', { name: 'Patients' })
    .getByRole('link', { name: new RegExp(family) })
    .click();
  await expect(page).toHaveURL(/\/patients\/demo-01$/);
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(family) })).toBeVisible();
  await page.getByRole('link', { name: 'Plan from chart' }).click();
  await expect(page).toHaveURL(/\/planner\?/);
  await expect(page.getByLabel('Renal assessment').getByTestId('crcl')).toBeVisible();
  seen.push(page.url());

  const planner = new URL(page.url());
  expect(planner.searchParams.get('patient')).toBe('demo-01');
  const identifying = [given, family, birthDate, birthDate.replaceAll('-', ''), mrn];
  for (const url of seen) {
    const decoded = decodeURIComponent(url);
    for (const value of identifying) {
      expect(decoded.toLowerCase(), `“${value}” appears in ${url}`).not.toContain(value.toLowerCase());
    }
  }
  expect(problems.foreignRequests).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
});
