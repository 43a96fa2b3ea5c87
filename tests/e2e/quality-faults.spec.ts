/**
 * Fault tolerance, in the browser against the built app with the demo EHR's fault modes
 * (`?fault=slow|server-error|network-error|malformed` on the first load switches mocks/faults.ts):
 *  - every data screen (patient list, patient chart) says what went wrong and offers Retry (or, when
 *    the server is only slow, says it is still waiting and then shows the data);
 *  - the planner keeps working by manual entry while the EHR is failing;
 *  - drafts: IndexedDB unavailable or full → "Draft not saved" with the reason, plans still computed,
 *    and nothing the user entered is lost (it is in the URL);
 *  - two tabs editing the same draft → the other tab says so and keeps its own inputs until asked.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

type Fault = 'slow' | 'server-error' | 'network-error' | 'malformed';

const EXPECTED_TITLE: Record<Exclude<Fault, 'slow'>, RegExp> = {
  'server-error': /The FHIR server reported an error/,
  'network-error': /The FHIR server is unreachable/,
  malformed: /The FHIR server sent an answer bacloplan cannot read/,
};

/**
 * Console output a failing server legitimately causes: the browser logs failed loads, and React logs the
 * FhirError an error boundary caught and showed (logged with its name and stack). An uncaught error
 * (a page error: message only) or any other kind of error still fails the test.
 */
const NETWORK_NOISE = /^(Failed to load resource|net::ERR_)|^FhirError: /;

function fhirRequests(page: Page): { count: number } {
  const counter = { count: 0 };
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/fhir/')) counter.count += 1;
  });
  return counter;
}

/** Manual entry in the planner: the spec's worked patient M 72 y, 70 kg, SCr 150 µmol/L. */
async function plannerWorksByHand(page: Page) {
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: /Planner/ })
    .click();
  await expect(page).toHaveURL(/\/planner/);
  await page.getByRole('textbox', { name: 'Age' }).fill('72');
  await page.getByRole('radiogroup', { name: 'Sex' }).getByText('Male', { exact: true }).click();
  await page.getByRole('textbox', { name: 'Weight', exact: true }).fill('70');
  await page
    .getByRole('radiogroup', { name: 'Creatinine unit' })
    .getByText('µmol/L', { exact: true })
    .click();
  await page.getByRole('textbox', { name: 'Serum creatinine' }).fill('150');
  const renal = page.getByLabel('Renal assessment');
  await expect(renal.getByTestId('crcl')).toHaveText('39.0');
  await expect(renal.getByTestId('egfr')).toHaveText('42.4');
  await expect(page.getByRole('table', { name: 'Day-by-day schedule' })).toBeVisible();
}

const FAULTS: Fault[] = ['slow', 'server-error', 'network-error', 'malformed'];

for (const fault of FAULTS) {
  test.describe(`EHR fault "${fault}"`, () => {
    test(`patient list: ${fault === 'slow' ? 'says it is waiting, then shows the patients' : 'says what failed and offers Retry'}; the planner still works`, async ({
      page,
      problems,
    }) => {
      test.setTimeout(90_000);
      const requests = fhirRequests(page);
      await page.goto(`/patients?fault=${fault}`);
      await expect(page.getByRole('heading', { name: 'Patients', level: 2 })).toBeVisible();
      if (fault === 'slow') {
        await expect(page.getByText(/Still waiting for the FHIR server/)).toBeVisible();
        await expect(page.getByRole('list', { name: 'Patients' }).getByRole('listitem').first()).toBeVisible({
          timeout: 20_000,
        });
      } else {
        const alert = page.getByRole('alert').filter({ hasText: EXPECTED_TITLE[fault] });
        await expect(alert).toBeVisible({ timeout: 30_000 });
        const retry = alert.getByRole('button', { name: 'Retry' });
        await expect(retry).toBeVisible();
        // Retry really asks the server again (which is still failing, so the message comes back).
        const before = requests.count;
        await retry.click();
        await expect.poll(() => requests.count, { timeout: 15_000 }).toBeGreaterThan(before);
        await expect(page.getByRole('alert').filter({ hasText: EXPECTED_TITLE[fault] })).toBeVisible({
          timeout: 30_000,
        });
        // The search box stays usable while the server is down.
        await expect(
          page.getByRole('textbox', { name: 'Search by name, record number or date of birth' }),
        ).toBeEnabled();
      }
      await plannerWorksByHand(page);
      expect(problems.consoleErrors.filter((error) => !NETWORK_NOISE.test(error))).toEqual([]);
      expect(problems.foreignRequests).toEqual([]);
    });

    test(`patient chart: ${fault === 'slow' ? 'says it is waiting, then shows the chart' : 'says what failed and offers Retry'}; the planner still works`, async ({
      page,
      problems,
    }) => {
      test.setTimeout(90_000);
      const requests = fhirRequests(page);
      await page.goto(`/patients/demo-03?fault=${fault}`);
      if (fault === 'slow') {
        await expect(page.getByText(/Still waiting for the FHIR server/)).toBeVisible();
        await expect(page.getByRole('link', { name: 'Plan from chart' })).toBeVisible({ timeout: 30_000 });
      } else {
        await expect(page.getByRole('heading', { name: 'The chart could not load' })).toBeVisible({
          timeout: 30_000,
        });
        const alert = page.getByRole('alert').filter({ hasText: EXPECTED_TITLE[fault] });
        await expect(alert).toBeVisible();
        const before = requests.count;
        await alert.getByRole('button', { name: 'Retry' }).click();
        await expect.poll(() => requests.count, { timeout: 15_000 }).toBeGreaterThan(before);
        await expect(page.getByRole('heading', { name: 'The chart could not load' })).toBeVisible({
          timeout: 30_000,
        });
        await expect(page.getByRole('link', { name: 'Back to the patient list' })).toBeVisible();
      }
      await plannerWorksByHand(page);
      expect(problems.consoleErrors.filter((error) => !NETWORK_NOISE.test(error))).toEqual([]);
      expect(problems.foreignRequests).toEqual([]);
    });
  });
}

const FILLED =
  '/planner?age=60&sex=male&weightKg=80&scr=1.2&scrUnit=mg%2FdL&regimen=addolorato-30&start=2026-12-01';

test('IndexedDB unavailable: "Draft not saved" with the reason; plans are still computed and nothing is lost', async ({
  page,
  problems,
}) => {
  await page.addInitScript(() => {
    // As in some private windows and locked-down browsers: opening any database fails.
    const fail = () => {
      throw new DOMException('IndexedDB is disabled in this test', 'InvalidStateError');
    };
    Object.defineProperty(IDBFactory.prototype, 'open', { value: fail, configurable: true });
    Object.defineProperty(IDBFactory.prototype, 'deleteDatabase', { value: fail, configurable: true });
  });
  await page.goto('/planner');
  await page.getByRole('textbox', { name: 'Age' }).fill('60');
  await page.getByRole('radiogroup', { name: 'Sex' }).getByText('Male', { exact: true }).click();
  await page.getByRole('textbox', { name: 'Weight', exact: true }).fill('80');
  await page.getByRole('textbox', { name: 'Serum creatinine' }).fill('1.2');

  const notice = page.getByRole('alert').filter({ hasText: 'Draft not saved' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('browser storage is unavailable');
  await expect(notice).toContainText('bookmark or copy the link');
  await expect(page.getByLabel('Renal assessment').getByTestId('crcl')).toHaveText('74.1');
  await expect(page.getByRole('table', { name: 'Day-by-day schedule' })).toBeVisible();

  // Nothing entered is lost: it is all in the address, and a reload brings it back.
  await expect(page).toHaveURL(/age=60/);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Age' })).toHaveValue('60');
  await expect(page.getByLabel('Renal assessment').getByTestId('crcl')).toHaveText('74.1');
  expect(problems.consoleErrors).toEqual([]);
});

test('storage full: a QuotaExceededError on save says the device storage is full; the plan stays', async ({
  page,
  problems,
}) => {
  await page.addInitScript(() => {
    // The database opens, but every write fails as on a full disk.
    const quota = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    Object.defineProperty(IDBObjectStore.prototype, 'put', { value: quota, configurable: true });
    Object.defineProperty(IDBObjectStore.prototype, 'add', { value: quota, configurable: true });
  });
  await page.goto(FILLED);
  await expect(page.getByLabel('Renal assessment').getByTestId('crcl')).toHaveText('74.1');
  const notice = page.getByRole('alert').filter({ hasText: 'Draft not saved' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('storage is full');
  await expect(page.getByRole('table', { name: 'Day-by-day schedule' })).toBeVisible();
  // Editing goes on working, and the edit is kept in the address.
  await page.getByRole('textbox', { name: 'Weight', exact: true }).fill('90');
  await expect(page).toHaveURL(/weightKg=90/);
  await expect(page.getByLabel('Renal assessment').getByTestId('crcl')).not.toHaveText('74.1');
  expect(problems.consoleErrors).toEqual([]);
});

test('two tabs on the same draft: the other tab is told, keeps its inputs, and can load the newer version', async ({
  context,
  page,
  problems,
}) => {
  const first = page;
  await first.goto('/planner');
  await expect(first.getByRole('textbox', { name: 'Age' })).toBeVisible();
  const second = await context.newPage();
  await second.goto('/planner');
  await expect(second.getByRole('textbox', { name: 'Age' })).toBeVisible();

  // The second tab has its own, unsaved-yet inputs.
  await second.getByRole('textbox', { name: 'Age' }).fill('45');
  await expect(second).toHaveURL(/age=45/);

  // The first tab edits and saves.
  await first.getByRole('textbox', { name: 'Age' }).fill('60');
  await first.getByRole('radiogroup', { name: 'Sex' }).getByText('Male', { exact: true }).click();
  await first.getByRole('textbox', { name: 'Weight', exact: true }).fill('80');
  await expect(first.getByText(/Draft saved on this device/)).toBeVisible();
  // Wait until the stored draft holds the last edit (saves are debounced), so the test does not race it.
  await expect
    .poll(() =>
      first.evaluate(
        () =>
          new Promise<unknown>((resolve) => {
            // The drafts' own database (src/lib/draftStore.ts); never create it here if it is missing.
            const open = indexedDB.open('bacloplan-drafts');
            open.onupgradeneeded = () => open.transaction?.abort();
            open.onsuccess = () => {
              const db = open.result;
              const request = db.transaction('drafts').objectStore('drafts').get('current');
              request.onsuccess = () =>
                resolve((request.result as { search?: { weightKg?: number } })?.search?.weightKg);
              request.onerror = () => resolve(undefined);
              db.close();
            };
            open.onerror = () => resolve(undefined);
          }),
      ),
    )
    .toBe(80);

  const notice = second.getByRole('status').filter({ hasText: 'This draft changed in another tab' });
  await expect(notice).toBeVisible();
  // Nothing in the second tab was overwritten behind the user's back.
  await expect(second.getByRole('textbox', { name: 'Age' })).toHaveValue('45');
  await expect(second).toHaveURL(/age=45/);

  // Asked to, it takes the other tab's version.
  await notice.getByRole('button', { name: 'Load the other tab’s version' }).click();
  await expect(second.getByRole('textbox', { name: 'Age' })).toHaveValue('60');
  await expect(second.getByRole('textbox', { name: 'Weight', exact: true })).toHaveValue('80');
  await expect(second).toHaveURL(/age=60/);
  expect(problems.consoleErrors).toEqual([]);
});

/** The stored draft's search params, read from the drafts' own database (never created here). */
function storedDraft(page: Page): Promise<Record<string, unknown> | undefined> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown> | undefined>((resolve) => {
        const open = indexedDB.open('bacloplan-drafts');
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('drafts').objectStore('drafts').get('current');
          request.onsuccess = () => resolve((request.result as { search?: Record<string, unknown> })?.search);
          request.onerror = () => resolve(undefined);
          db.close();
        };
        open.onerror = () => resolve(undefined);
      }),
  );
}

test('two tabs: "Keep mine" saves this tab’s inputs as the draft', async ({ context, page, problems }) => {
  const first = page;
  await first.goto('/planner');
  const second = await context.newPage();
  await second.goto('/planner');
  await second.getByRole('textbox', { name: 'Age' }).fill('45');
  await expect(second).toHaveURL(/age=45/);
  await first.getByRole('textbox', { name: 'Age' }).fill('60');
  await expect.poll(async () => (await storedDraft(first))?.age).toBe(60);
  const notice = second.getByRole('status').filter({ hasText: 'This draft changed in another tab' });
  await notice.getByRole('button', { name: 'Keep mine' }).click();
  await expect.poll(async () => (await storedDraft(second))?.age).toBe(45);
  await expect(second.getByRole('textbox', { name: 'Age' })).toHaveValue('45');
  expect(problems.consoleErrors).toEqual([]);
});
