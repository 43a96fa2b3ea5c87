/**
 * Follow-up visits against the Medplum engine (app built for a real FHIR server): a visit recorded in
 * the planner arrives as one valid Encounter with its Observations; when the engine's answer is lost the
 * visit waits on the device, is sent again, and still exists once.
 */
import type { Bundle, Encounter, Observation } from '@medplum/fhirtypes';
import { test, expect } from '../fixtures';
import { structureErrors } from '../../fhir-engine/engine';
import { BACLOPLAN, VISIT_CODE } from '../../../src/fhir/codes';
import { ENGINE_FHIR_BASE, ENGINE_ORIGIN } from './ports';

test.describe.configure({ mode: 'default' });

async function onEngine<T extends Bundle>(path: string): Promise<T> {
  const response = await fetch(`${ENGINE_FHIR_BASE}/${path}`);
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

async function visitsOnEngine(patientId: string) {
  const type = encodeURIComponent(`${BACLOPLAN.visitCodeSystem}|${VISIT_CODE.encounterType}`);
  const encounters = await onEngine<Bundle<Encounter>>(
    `Encounter?subject=Patient/${patientId}&type=${type}&_count=100`,
  );
  const observations = await onEngine<Bundle<Observation>>(
    `Observation?subject=Patient/${patientId}&code=${encodeURIComponent(`${BACLOPLAN.visitCodeSystem}|`)}&_count=500`,
  );
  return {
    encounters: (encounters.entry ?? []).map((entry) => entry.resource as Encounter),
    observations: (observations.entry ?? []).map((entry) => entry.resource as Observation),
  };
}

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

test('a visit arrives on the engine once, as valid resources, even when the answer is lost', async ({
  page,
  problems,
}) => {
  const patientId = 'demo-12';
  expect((await visitsOnEngine(patientId)).encounters).toHaveLength(0);
  await page.goto(`/patients/${patientId}`);
  await page.getByRole('link', { name: 'Plan from chart' }).click();
  const section = page.getByRole('region', { name: '5 · Follow-up visits' });
  const start = await page.getByLabel('Start date').inputValue();

  // Visit 1, saved at once.
  await section.getByLabel('Visit date').fill(addDays(start, 7));
  await section.getByRole('button', { name: /^The planned dose was taken/ }).click();
  await section.getByLabel('Standard drinks per day').fill('5');
  await section.getByLabel('Drink size').selectOption('8');
  await section.getByLabel('Craving (0–10)').fill('6');
  await section.getByRole('button', { name: 'Record visit and re-plan' }).click();
  await expect(section.getByRole('status')).toContainText('recorded on the chart');
  const first = await visitsOnEngine(patientId);
  expect(first.encounters).toHaveLength(1);
  for (const resource of [...first.encounters, ...first.observations])
    expect(structureErrors(resource)).toEqual([]);

  // Visit 2, its answer lost: the engine commits it, the app keeps it on the device and sends it again.
  await section.getByLabel('Visit date').fill(addDays(start, 14));
  await section.getByRole('button', { name: /^The planned dose was taken/ }).click();
  await section.getByLabel('Standard drinks per day').fill('3');
  await section.getByLabel('Drink size').selectOption('8');
  await section.getByLabel('Craving (0–10)').fill('4');
  await fetch(`${ENGINE_ORIGIN}/__engine/fault`, {
    method: 'POST',
    body: JSON.stringify({ fault: 'lose-next-transaction-answer' }),
  });
  await section.getByRole('button', { name: 'Record visit and re-plan' }).click();
  await expect(section.getByRole('status')).toContainText('not yet on the chart');
  // The engine did commit it: the visits read back from the chart say so, and it is listed once.
  await expect(section.getByRole('table').getByRole('row')).toHaveCount(3);
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await page.goto(`/patients/${patientId}`);
  const onChart = page.getByRole('region', { name: 'Follow-up visits', exact: true });
  await expect(onChart).toContainText('2 visits');
  await expect(onChart.getByRole('cell', { name: 'On the chart' })).toHaveCount(2);

  const after = await visitsOnEngine(patientId);
  expect(after.encounters).toHaveLength(2);
  const identifiers = after.observations.map((observation) => observation.identifier?.[0]?.value);
  expect(new Set(identifiers).size).toBe(identifiers.length);
  for (const resource of [...after.encounters, ...after.observations])
    expect(structureErrors(resource)).toEqual([]);

  expect(problems.consoleErrors.filter((text) => !text.includes('503'))).toEqual([]);
  expect(problems.foreignRequests.filter((url) => !url.startsWith(`${ENGINE_ORIGIN}/fhir/`))).toEqual([]);
});
