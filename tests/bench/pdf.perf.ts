/**
 * PDF benchmark: time to generate the prescriber PDF of a 365-day plan (A4) and its patient handout,
 * median of 7 runs after one warm-up (the warm-up pays for loading pdfmake and its fonts once, as the
 * browser does on the first click). Timing is recorded, never asserted.
 * Output: a console table and tests/bench/results/pdf.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { generatePrescriberPdf } from '../../src/features/export-pdf/generatePrescriberPdf';
import { generatePatientHandoutPdf } from '../../src/features/export-pdf/generatePatientHandoutPdf';
import { exportData, yearLongCase } from '../unit/export-pdf/fixtures';

const RUNS = 7;

async function measure(generate: () => Promise<Uint8Array>) {
  const firstStart = performance.now();
  const bytes = await generate();
  const firstMs = performance.now() - firstStart;
  const samples: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    await generate();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    medianMs: round(samples[Math.floor(RUNS / 2)] ?? Number.NaN),
    minMs: round(samples[0] ?? Number.NaN),
    maxMs: round(samples.at(-1) ?? Number.NaN),
    firstRunMs: round(firstMs),
    runs: RUNS,
    bytes: bytes.length,
  };
}

it('measures PDF generation for a 365-day plan', async () => {
  const data = exportData(yearLongCase());
  expect(data.plan.days).toHaveLength(365);

  const results = {
    prescriberA4_365days: await measure(() => generatePrescriberPdf(data, { paper: 'a4' })),
    handoutA4_365days: await measure(() => generatePatientHandoutPdf(data, { paper: 'a4' })),
    node: process.version,
    measuredAt: new Date().toISOString(),
  };
  console.table({
    'prescriber A4, 365 days': results.prescriberA4_365days,
    'handout A4, 365 days': results.handoutA4_365days,
  });

  const out = join(dirname(fileURLToPath(import.meta.url)), 'results', 'pdf.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
});
