/**
 * One pipeline (issue: rules 1.2 §4 of the work): a teaching case opened in the planner gives the
 * answer the case shows — the same plan, day by day, and the same findings in the same order — for
 * every case and every what-if. An override carried by the link counts once the clinician confirms it.
 */
import { describe, expect, it } from 'vitest';
import { TEACHING_CASES } from '../../../src/features/teaching/cases';
import { caseToPlannerSearch } from '../../../src/features/teaching/plannerLink';
import { applyWhatIf, runCase } from '../../../src/features/teaching/runCase';
import { computePlanner } from '../../../src/lib/plannerModel';
import { throughLink } from '../lib/throughLink';

const variants = TEACHING_CASES.flatMap((teachingCase) => [
  { name: teachingCase.id, inputs: teachingCase.inputs },
  ...(teachingCase.whatIfs ?? []).map((whatIf) => ({
    name: `${teachingCase.id} / ${whatIf.id}`,
    inputs: applyWhatIf(teachingCase.inputs, whatIf),
  })),
]);

describe('a teaching case in the planner', () => {
  it.each(variants)('$name: same plan and findings as the case', ({ inputs }) => {
    const answer = runCase(inputs);
    // Through the link exactly as "Open in planner" writes it (JSON round trip of the search params).
    const { link, state: search } = throughLink(caseToPlannerSearch(inputs));
    expect(link.invalidFields).toBeUndefined();
    expect(link.refusedFields).toBeUndefined();
    // As the planner does: the start date the link carries (a case followed at visits opens at its last re-plan).
    const model = computePlanner(search, search.start ?? inputs.startDate, () => true);
    if (answer.error) {
      expect(model.plan).toBeUndefined();
      expect(model.planError?.field ?? model.renalError?.field).toBe(answer.error.field);
      return;
    }
    expect(model.plan?.days).toEqual(answer.plan?.days);
    expect(model.plan?.blocked).toBe(answer.plan?.blocked);
    expect(
      model.findings.map((finding) => `${finding.severity}:${finding.ruleId}:${finding.subject ?? ''}`),
    ).toEqual(
      answer.findings.map((finding) => `${finding.severity}:${finding.ruleId}:${finding.subject ?? ''}`),
    );
  });
});
