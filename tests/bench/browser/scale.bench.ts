/**
 * Scale (issue 17 item 3) and the real-EHR charts (issue 14), on the app built for a real FHIR server
 * against the Medplum engine of global-setup.ts:
 * - the patient list and search with 10,000 practice patients: time to the first page and to each
 *   search's results, what the app asked the server for (server-side paging: one page of 20, never a
 *   scan), long tasks — CPU slowed 4×;
 * - a chart with 2,000 observations and 300 medication records: time to open, long tasks — 4×;
 * - every Synthea chart, opened one after the other at full speed: time to the newest creatinine.
 */
import { expect, test, type Page } from '@playwright/test';
import type { Bundle, Patient } from '@medplum/fhirtypes';
import { readSynthea, syntheaAvailable, syntheaExpectations } from '../../fhir-engine/datasets';
import { BIG_CHART_ID } from '../../fhir-engine/scale';
import { blockingMs, median, observe, settle, slowCpu, takeLongTasks, writeResult } from './measure';
import { BENCH_FHIR_BASE, CPU_SLOWDOWN, ENGINE_APP_ORIGIN, PRACTICE_SIZE } from './ports.mjs';

const ENGINE_ORIGIN = new URL(BENCH_FHIR_BASE).origin;

interface Arrived {
  method: string;
  url: string;
}

async function arrivedCount(): Promise<number> {
  return ((await (await fetch(`${ENGINE_ORIGIN}/__engine/requests`)).json()) as Arrived[]).length;
}

async function arrivedSince(count: number): Promise<Arrived[]> {
  return ((await (await fetch(`${ENGINE_ORIGIN}/__engine/requests`)).json()) as Arrived[]).slice(count);
}

async function longTaskFigures(page: Page) {
  await settle(page, 1500, 30_000);
  const tasks = await takeLongTasks(page);
  return {
    longestTaskMs: Math.round(Math.max(0, ...tasks.map((task) => task.durationMs))),
    blockingMs: blockingMs(tasks),
  };
}

/** Patient searches among the requests: how many, and the largest page asked for. */
function patientSearches(requests: readonly Arrived[]) {
  const searches = requests.filter(
    (request) => request.method === 'GET' && request.url.startsWith('Patient?'),
  );
  const counts = searches.map((request) =>
    Number(new URLSearchParams(request.url.split('?')[1]).get('_count') ?? 'NaN'),
  );
  return {
    requests: searches.length,
    largestPage: Math.max(0, ...counts.map((count) => (Number.isFinite(count) ? count : Infinity))),
  };
}

test('the patient list and search with 10,000 patients, CPU slowed 4×', async ({ page }) => {
  const total =
    ((await (await fetch(`${BENCH_FHIR_BASE}/Patient?_count=0&_total=accurate`)).json()) as Bundle).total ??
    0;
  expect(total).toBeGreaterThanOrEqual(PRACTICE_SIZE);
  await observe(page);
  await slowCpu(page);

  const before = await arrivedCount();
  let started = Date.now();
  await page.goto(`${ENGINE_APP_ORIGIN}/patients`);
  const list = page.getByRole('list', { name: 'Patients' });
  await expect(list.getByRole('listitem')).toHaveCount(20, { timeout: 60_000 });
  const listMs = Date.now() - started;
  const listOpen = {
    shownMs: listMs,
    ...(await longTaskFigures(page)),
    ...patientSearches(await arrivedSince(before)),
  };

  const box = page.getByRole('textbox', { name: 'Search by name, record number or date of birth' });
  const searches = [];
  for (const { query, expected } of [
    { query: 'Lefèvre Anne', expected: 'Anne Lefèvre' },
    { query: 'SC-105000', expected: 'Ulysse Durand' },
    { query: 'mercier', expected: 'Anne Mercier' },
  ]) {
    await takeLongTasks(page);
    const mark = await arrivedCount();
    started = Date.now();
    await box.fill(query);
    await expect(list.getByRole('listitem', { name: expected }).first()).toBeVisible({ timeout: 60_000 });
    const shownMs = Date.now() - started;
    const figures = {
      query,
      shownMs,
      ...(await longTaskFigures(page)),
      ...patientSearches(await arrivedSince(mark)),
    };
    searches.push(figures);
    console.log(
      `search “${query}”: results after ${shownMs} ms, longest task ${figures.longestTaskMs} ms, ${figures.requests} Patient request(s), page ${figures.largestPage}`,
    );
  }
  console.log(
    `list of ${total} patients: first page after ${listMs} ms, longest task ${listOpen.longestTaskMs} ms, ${listOpen.requests} Patient request(s) of at most ${listOpen.largestPage}`,
  );
  writeResult('list', { cpuSlowdown: CPU_SLOWDOWN, patients: total, listOpen, searches });
});

test('a chart with 2,000 observations and 300 medication records, CPU slowed 4×', async ({ browser }) => {
  const runs = [];
  for (let run = 0; run < 3; run += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await observe(page);
    await slowCpu(page);
    const started = Date.now();
    await page.goto(`${ENGINE_APP_ORIGIN}/patients/${BIG_CHART_ID}`);
    await expect(page.getByRole('region', { name: 'Renal function and body size' })).toContainText('mg/dL', {
      timeout: 120_000,
    });
    await expect(
      page.getByRole('region', { name: 'Current medicines and interactions with baclofen' }),
    ).toBeVisible();
    runs.push({ shownMs: Date.now() - started, ...(await longTaskFigures(page)) });
    await context.close();
  }
  const summary = {
    shownMs: median(runs.map((run) => run.shownMs)),
    longestTaskMs: median(runs.map((run) => run.longestTaskMs)),
    blockingMs: median(runs.map((run) => run.blockingMs)),
  };
  console.log(
    `long chart: shown after ${summary.shownMs} ms, longest task ${summary.longestTaskMs} ms (median of 3)`,
  );
  writeResult('big-chart', {
    cpuSlowdown: CPU_SLOWDOWN,
    observations: 2000,
    medicationRecords: 300,
    ...summary,
    runs,
  });
});

test('every Synthea chart opens, one after the other, full speed', async ({ page }) => {
  test.skip(!syntheaAvailable(), 'Synthea patients not found: no real-EHR chart times');
  const charts = [];
  for (const { file, bundle } of readSynthea()) {
    const { mrn, newestCreatinine: newest } = syntheaExpectations(bundle);
    const found = (await (
      await fetch(`${BENCH_FHIR_BASE}/Patient?identifier=${encodeURIComponent(mrn ?? '')}`)
    ).json()) as Bundle<Patient>;
    const id = found.entry?.[0]?.resource?.id;
    const started = Date.now();
    await page.goto(`${ENGINE_APP_ORIGIN}/patients/${id}`);
    await expect(page.getByRole('region', { name: 'Renal function and body size' })).toContainText(
      newest === undefined ? 'none' : `${Number(newest.toFixed(2))} mg/dL`,
    );
    charts.push({ chart: file.split('_').slice(0, 2).join(' '), shownMs: Date.now() - started });
  }
  const times = charts.map((chart) => chart.shownMs);
  console.log(`Synthea charts: ${charts.map((chart) => `${chart.chart} ${chart.shownMs} ms`).join(', ')}`);
  writeResult('synthea-charts', { charts, medianMs: median(times), slowestMs: Math.max(...times) });
});
