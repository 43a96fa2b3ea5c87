/**
 * Invariants of suggestAtVisit for any visit (spec §9): it returns one suggestion or throws a
 * RulesInputError naming a field; the re-plan starts on the visit date from the dose taken, is accepted
 * by buildPlan, never starts above the dose taken, and only a continued titration (or the retry after a
 * first step back, once the hold is over) may go above it later.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RulesInputError } from '../../../src/rules/errors';
import { buildPlan } from '../../../src/rules/plan';
import type { Grade, PlanInput, Visit } from '../../../src/rules/types';
import { SIDE_EFFECTS, suggestAtVisit } from '../../../src/rules/visit';
import { makeRenal } from './plan-helpers';

const NUM_RUNS = Number(process.env.VISIT_PROPERTY_RUNS ?? 600);

const grade = fc.constantFrom<Grade>('none', 'mild', 'troublesome');
const sideEffects = fc.dictionary(fc.constantFrom(...SIDE_EFFECTS), grade, { maxKeys: 3 });
const visitOn = (date: string): fc.Arbitrary<Visit> =>
  fc.record(
    {
      date: fc.constant(date),
      doseTakenMgPerDay: fc.oneof(
        fc.integer({ min: 1, max: 64 }).map((n) => n * 5),
        fc.double({ min: -5, max: 700 }),
      ),
      drinksPerDay: fc.integer({ min: 0, max: 15 }),
      drinkSizeG: fc.constantFrom(8, 10, 14, 12),
      cravingScore: fc.integer({ min: 0, max: 11 }),
      sideEffects,
    },
    { requiredKeys: ['date', 'doseTakenMgPerDay'] },
  );
const dates = ['2026-02-02', '2026-02-16', '2026-03-02', '2026-03-30'];
const regimen = fc.constantFrom('baclocur-80', 'rtu-300', 'addolorato-30', 'baclad-270');
const band = fc.constantFrom('normal', 'mild', 'moderate' as const);

describe('suggestAtVisit invariants', () => {
  it('a suggestion re-plans from the visit date and the dose taken, or a field is named', () => {
    fc.assert(
      fc.property(
        regimen,
        band,
        fc.constantFrom('female', 'male' as const),
        fc.tuple(...dates.map(visitOn)),
        fc.integer({ min: 0, max: 3 }),
        (regimenId, renalBand, sex, visits, index) => {
          const plan: PlanInput = { regimenId, startDate: '2026-01-05', renal: makeRenal(renalBand) };
          let result;
          try {
            result = suggestAtVisit({
              plan,
              sex,
              visit: visits[index] as Visit,
              history: visits.slice(0, index),
            });
          } catch (error) {
            expect(error).toBeInstanceOf(RulesInputError);
            expect((error as RulesInputError).field).toMatch(/\w/);
            return;
          }
          const visit = visits[index] as Visit;
          expect(result.replan.startDate).toBe(visit.date);
          expect(result.replan.currentDoseMgPerDay).toBe(visit.doseTakenMgPerDay);
          expect(result.ruleId).toMatch(/^visit\./);
          expect(result.sources.length).toBeGreaterThan(0);
          const built = buildPlan(result.replan);
          const totals = built.days.map((day) => day.totalMg);
          for (const mg of totals) expect(Number.isFinite(mg)).toBe(true);
          if (totals.length > 0) expect(totals[0]).toBeLessThanOrEqual(visit.doseTakenMgPerDay + 1e-9);
          // Only a continued titration, or the retry after a first step back, may go above the dose taken.
          const mayEscalate = result.ruleId === 'visit.continue' || result.ruleId === 'visit.intolerance';
          const held = mayEscalate ? (result.ruleId === 'visit.intolerance' ? 3 : 0) : totals.length;
          for (const mg of totals.slice(0, held))
            expect(mg).toBeLessThanOrEqual(visit.doseTakenMgPerDay + 1e-9);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  }, 60_000);
});
