/**
 * Every number of a plan explains itself in clinical words: the explanations of every teaching case and
 * what-if (which cover every regimen kind, band, product and taper mode) name their inputs in words,
 * state their formula in sentences, and agree with the plan they explain.
 */
import { describe, expect, it } from 'vitest';
import { TEACHING_CASES } from '../../../src/features/teaching/cases';
import { applyWhatIf, runCase } from '../../../src/features/teaching/runCase';

const runs = TEACHING_CASES.flatMap((teachingCase) => [
  { name: teachingCase.id, run: runCase(teachingCase.inputs) },
  ...(teachingCase.whatIfs ?? []).map((whatIf) => ({
    name: `${teachingCase.id} / ${whatIf.id}`,
    run: runCase(applyWhatIf(teachingCase.inputs, whatIf)),
  })),
]).filter(({ run }) => run.plan && !run.plan.blocked);

const CODE_NAME = /\b[a-z]+[A-Z][A-Za-z]*\b/;
const CODE_FORMULA = /\b(floor|ceil|min|max)\(/;

describe('plan explanations in clinical words', () => {
  it.each(runs)('$name: no code names, no code formulas, no spec section numbers', ({ run }) => {
    for (const step of run.plan!.explain ?? []) {
      for (const key of Object.keys(step.inputs)) expect(key, step.ruleId).not.toMatch(CODE_NAME);
      for (const text of [step.label, step.formula ?? '', step.substituted ?? '']) {
        expect(text, step.ruleId).not.toMatch(CODE_FORMULA);
        expect(text, step.ruleId).not.toMatch(/§/);
      }
    }
  });

  it.each(runs)(
    '$name: target, days to target and tablets to dispense each explain themselves',
    ({ run }) => {
      const plan = run.plan!;
      const step = (ruleId: string) => plan.explain?.find((entry) => entry.ruleId === ruleId);
      expect(step('plan.cap')?.result).toBe(plan.capMgPerDay);
      expect(step('plan.taper-step')).toBeDefined();
      const dispense = step('plan.dispense');
      for (const line of plan.summary?.dispense ?? [])
        expect(String(dispense?.result)).toContain(String(line.count));
      if (plan.summary?.effective?.mode !== 'taper-only') {
        expect(step('plan.target')?.result).toBe(plan.targetMgPerDay);
        const day = plan.summary?.daysToTarget;
        expect(step('plan.days-to-target')?.result).toBe(
          day === null || day === undefined ? 'not reached' : `day ${day}`,
        );
      }
    },
  );

  it('the days-to-target arithmetic is shown, and right, for a plain escalation', () => {
    const arithmetic = runs
      .map(({ run }) => run.plan!.explain?.find((entry) => entry.ruleId === 'plan.days-to-target'))
      .filter((entry) => entry && /steps of/.test(entry.substituted ?? ''));
    expect(arithmetic.length).toBeGreaterThan(3);
    for (const entry of arithmetic) expect(entry!.substituted).toContain(String(entry!.result));
  });
});
