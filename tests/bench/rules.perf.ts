/**
 * Rules benchmark: median and p95 of buildPlan for a ~365-day plan, of checkInteractions on a 100 KB
 * free-text medication and condition (the pasted-page case that once froze the page for seconds) and,
 * once it is exported from the public entry, of assessRenal. Timing is measured and recorded, never
 * asserted (machines differ).
 * Output: a small console table and tests/bench/results/rules.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { checkInteractions } from '../../src/rules/interactions';
import { buildPlan } from '../../src/rules/plan';
import type { PlanInput, RenalInput } from '../../src/rules/types';

const WARM_UP = 300;
const RUNS = 3000;

interface Timing {
  medianMs: number;
  p95Ms: number;
  runs: number;
}

function measure(fn: () => unknown): Timing {
  for (let i = 0; i < WARM_UP; i++) fn();
  const samples = new Float64Array(RUNS);
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    fn();
    samples[i] = performance.now() - start;
  }
  samples.sort();
  const at = (q: number) => samples[Math.min(RUNS - 1, Math.floor(q * RUNS))] ?? Number.NaN;
  const round = (ms: number) => Math.round(ms * 10000) / 10000;
  return { medianMs: round(at(0.5)), p95Ms: round(at(0.95)), runs: RUNS };
}

// alpadir-180: titration 51 days + 119 maintenance + 46 taper = 216 days; 268 maintenance days → 365.
const PLAN_365: PlanInput = {
  regimenId: 'alpadir-180',
  startDate: '2025-01-01',
  params: { maintenanceDays: 268 },
};

const RENAL_INPUT: RenalInput = {
  ageYears: 72,
  sex: 'male',
  weightKg: 70,
  creatinine: { value: 150, unit: 'umol/L' },
};

// 100 KB of one pasted medication line: drug names early and repeated (the old matcher was quadratic
// in the text, and worst when one name repeats), another drug after the 2,000-character cut.
const MEDICATION_100KB =
  `Xanax 0.5 mg, ${'Xanax 0.5 mg at night; Seroquel 25 mg; notes from the last admission. '.repeat(1000)}`
    .concat(' oxycodone 10 mg')
    .padEnd(100_000, ' lorem ipsum')
    .slice(0, 100_000);
const CONDITION_100KB = `epilepsy, ${'stable on treatment, seen in clinic, no change. '.repeat(2200)}`.slice(
  0,
  100_000,
);

it('measures buildPlan (365 days), checkInteractions (100 KB) and assessRenal', async () => {
  const plan = buildPlan(PLAN_365);
  expect(plan.days.length).toBeGreaterThanOrEqual(365);

  const interactions = checkInteractions([MEDICATION_100KB], [CONDITION_100KB]);
  expect(interactions.findings.some((f) => f.subject === 'alprazolam')).toBe(true);
  expect(interactions.findings.some((f) => f.ruleId === 'interaction.text-truncated')).toBe(true);
  expect(interactions.findings.some((f) => f.subject === 'oxycodone')).toBe(false);
  expect(MEDICATION_100KB.indexOf('oxycodone')).toBeGreaterThan(2000);

  const results: Record<string, unknown> = {
    buildPlan365: { ...measure(() => buildPlan(PLAN_365)), days: plan.days.length },
    checkInteractions100KBMedication: measure(() => checkInteractions([MEDICATION_100KB])),
    checkInteractions100KBMedicationAndCondition: measure(() =>
      checkInteractions([MEDICATION_100KB], [CONDITION_100KB]),
    ),
  };

  // assessRenal is another engineer's module: measure it only if the public entry exports it.
  try {
    const entry = (await import('../../src/rules/index')) as Record<string, unknown>;
    const assessRenal = entry.assessRenal;
    if (typeof assessRenal === 'function') {
      results.assessRenal = measure(() => (assessRenal as (input: RenalInput) => unknown)(RENAL_INPUT));
    } else {
      results.assessRenal = null;
    }
  } catch (error) {
    results.assessRenal = null;
    results.assessRenalSkipped = `public entry not loadable yet: ${(error as Error).message}`;
  }

  results.date = new Date().toISOString();
  results.node = process.version;

  const rows = Object.entries(results)
    .filter(([, value]) => value && typeof value === 'object')
    .map(([name, value]) => ({ name, ...(value as Timing) }));
  console.table(rows);
  console.log(JSON.stringify(results));

  const out = join(dirname(fileURLToPath(import.meta.url)), 'results', 'rules.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
});
