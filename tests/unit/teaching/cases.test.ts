import { describe, expect, it } from 'vitest';
import { TEACHING_CASES, getTeachingCase } from '../../../src/features/teaching/cases';
import { applyWhatIf, runCase } from '../../../src/features/teaching/runCase';
import { checkKeyFacts } from '../../../src/features/teaching/keyFacts';
import { caseToPlannerSearch } from '../../../src/features/teaching/plannerLink';
import { throughLink } from '../lib/throughLink';
import { getRegimen } from '../../../src/rules';

describe('teaching case library', () => {
  it('has at least 10 cases with unique URL-safe ids and complete teaching text', () => {
    expect(TEACHING_CASES.length).toBeGreaterThanOrEqual(10);
    const ids = TEACHING_CASES.map((teachingCase) => teachingCase.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const teachingCase of TEACHING_CASES) {
      expect(teachingCase.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(teachingCase.id).not.toBe('compare');
      expect(teachingCase.vignette.length).toBeGreaterThan(80);
      expect(teachingCase.objectives.length).toBeGreaterThan(0);
      expect(teachingCase.questions.length).toBeGreaterThan(0);
      expect(teachingCase.discussion.length).toBeGreaterThan(0);
      expect(Object.keys(teachingCase.keyFacts).length).toBeGreaterThan(0);
      expect(getRegimen(teachingCase.inputs.regimenId), teachingCase.id).toBeDefined();
      expect(getTeachingCase(teachingCase.id)).toBe(teachingCase);
    }
    expect(getTeachingCase('no-such-case')).toBeUndefined();
  });

  it('covers the topics the teaching brief asks for', () => {
    const runs = TEACHING_CASES.map((teachingCase) => ({ teachingCase, run: runCase(teachingCase.inputs) }));
    const some = (predicate: (entry: (typeof runs)[number]) => boolean) => runs.some(predicate);
    // Estimator disagreement in both directions.
    expect(
      some(
        ({ run }) => run.renal?.decidedBy === 'ckd-epi-2021' && run.renal.bandByCrcl !== run.renal.bandByEgfr,
      ),
    ).toBe(true);
    expect(
      some(
        ({ run }) =>
          run.renal?.decidedBy === 'cockcroft-gault' && run.renal.bandByCrcl !== run.renal.bandByEgfr,
      ),
    ).toBe(true);
    // Obesity: spec §2.5 worked example with adjusted body weight.
    expect(
      some(
        ({ teachingCase, run }) =>
          teachingCase.inputs.renal.weightKg === 120 && run.renal?.weightBasis === 'adjusted',
      ),
    ).toBe(true);
    expect(some(({ run }) => run.renal?.band === 'dialysis' && run.plan?.blocked === true)).toBe(true);
    expect(some(({ run }) => run.findings.some((finding) => finding.ruleId === 'renal.beers-elderly'))).toBe(
      true,
    );
    expect(some(({ teachingCase }) => teachingCase.inputs.mode === 'taper-only')).toBe(true);
    expect(some(({ teachingCase }) => (teachingCase.inputs.params?.intoleranceDays ?? []).length > 0)).toBe(
      true,
    );
    expect(
      some(({ teachingCase }) =>
        (teachingCase.inputs.meds ?? []).some((med) => /methadone|buprenorphine|suboxone/i.test(String(med))),
      ),
    ).toBe(true);
    expect(
      some(({ run }) => run.findings.some((finding) => finding.ruleId === 'renal.unit-unconfirmed')),
    ).toBe(true);
    for (const threshold of ['threshold.80', 'threshold.120', 'threshold.180']) {
      expect(
        some(({ run }) => run.findings.some((finding) => finding.ruleId === threshold)),
        threshold,
      ).toBe(true);
    }
    // Fixed vs flexible for the same patient.
    expect(
      some(({ teachingCase }) => {
        const kinds = [
          teachingCase.inputs.regimenId,
          ...(teachingCase.whatIfs ?? []).map((w) => w.changes.regimenId),
        ]
          .filter((id): id is string => id !== undefined)
          .map((id) => getRegimen(id)?.kind);
        return kinds.includes('fixed') && kinds.includes('flexible');
      }),
    ).toBe(true);
  });

  describe.each(TEACHING_CASES.map((teachingCase) => [teachingCase.id, teachingCase] as const))(
    'case %s',
    (_id, teachingCase) => {
      it('states only facts the rules module computes', () => {
        const run = runCase(teachingCase.inputs);
        expect(run.error).toBeNull();
        const checks = checkKeyFacts(teachingCase.keyFacts, run);
        expect(checks.length).toBeGreaterThan(0);
        expect(checks.filter((check) => !check.matches)).toEqual([]);
      });

      it.each((teachingCase.whatIfs ?? []).map((whatIf) => [whatIf.id, whatIf] as const))(
        'what-if %s states only facts the rules module computes',
        (_whatIfId, whatIf) => {
          const run = runCase(applyWhatIf(teachingCase.inputs, whatIf));
          expect(run.error).toBeNull();
          const checks = checkKeyFacts(whatIf.keyFacts ?? {}, run);
          expect(checks.filter((check) => !check.matches)).toEqual([]);
        },
      );

      it('opens in the planner with every field valid', () => {
        const search = caseToPlannerSearch(teachingCase.inputs);
        const { link, state: parsed, notInLink } = throughLink(search);
        expect(link.invalidFields).toBeUndefined();
        expect(notInLink).toBe(0);
        expect(parsed).toEqual(search);
        expect(parsed.regimen).toBe(teachingCase.inputs.regimenId);
        expect(parsed.scr).toBe(teachingCase.inputs.renal.creatinine.value);
      });
    },
  );
});

describe('key-fact check', () => {
  it('reports a case whose text disagrees with the rules', () => {
    const teachingCase = getTeachingCase('elderly-beers');
    if (!teachingCase) throw new Error('case missing');
    const run = runCase(teachingCase.inputs);
    const checks = checkKeyFacts(
      { band: 'mild', capMgPerDay: 30, findingRuleIds: ['renal.beers-elderly', 'renal.dialysis-hard-stop'] },
      run,
    );
    expect(checks.map((check) => [check.key, check.matches])).toEqual([
      ['band', false],
      ['capMgPerDay', false],
      ['findingRuleIds', true],
      ['findingRuleIds', false],
    ]);
  });

  it('merges what-if renal changes into the case inputs', () => {
    const teachingCase = getTeachingCase('creatinine-unit-confusion');
    const whatIf = teachingCase?.whatIfs?.[0];
    if (!teachingCase || !whatIf) throw new Error('case missing');
    const changed = applyWhatIf(teachingCase.inputs, whatIf);
    expect(changed.renal).toEqual({
      ...teachingCase.inputs.renal,
      creatinine: { value: 150, unit: 'umol/L' },
    });
    expect(changed.regimenId).toBe(teachingCase.inputs.regimenId);
  });
});
