/**
 * A contraindication acknowledged to print the plan is on page 1 — the page that is signed — with its
 * reason, not only further on.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generatePrescriberPdf } from '../../../src/features/export-pdf/generatePrescriberPdf';
import { getRegimen, planFor, type RenalInput } from '../../../src/rules';
import type { PlanExportData } from '../../../src/lib/planExport';
import { GENERATED_AT, START_DATE } from './fixtures';
import { pdfTextContent, type PdfText } from './pdfTextContent';

const REASON = 'Termination planned next week, discussed with obstetrics';
const renal: RenalInput = {
  ageYears: 29,
  sex: 'female',
  weightKg: 64,
  creatinine: { value: 0.6, unit: 'mg/dL' },
};

describe('an acknowledged contraindication on the prescriber PDF', () => {
  let text: PdfText;
  beforeAll(async () => {
    const plan = { regimenId: 'addolorato-30', startDate: START_DATE };
    const conditions = [{ name: 'Pregnant, 14 weeks', snomed: '77386006' }];
    const first = planFor({ renal, conditions, plan });
    const contraindicated = first.plan.unacknowledged[0]!;
    const result = planFor({
      renal,
      conditions,
      plan: {
        ...plan,
        acknowledgements: [
          { ruleId: contraindicated.ruleId, subject: contraindicated.subject, reason: REASON },
        ],
      },
    });
    expect(result.plan.unacknowledged).toEqual([]);
    const data: PlanExportData = {
      plan: result.plan,
      input: { ...plan, renal: result.renal! },
      regimen: getRegimen('addolorato-30')!,
      renalInput: renal,
      renal: result.renal,
      interactions: result.interactions,
      medications: [],
      conditions: ['Pregnant, 14 weeks'],
      patient: { name: 'Emma Roux', birthDate: '1997-05-01', identifier: 'BP-100114' },
      generatedAt: GENERATED_AT,
      locale: 'en-GB',
    };
    text = await pdfTextContent(await generatePrescriberPdf(data, { paper: 'a4' }));
  }, 60_000);

  it('says so on page 1, with the reason', () => {
    const page1 = text.pages[0]!.join('\n').replace(/\s+/g, ' ');
    expect(page1).toContain('CONTRAINDICATED — ACKNOWLEDGED BY THE PRESCRIBER');
    expect(page1).toContain('Pregnancy');
    expect(page1).toContain(REASON);
  });
});
