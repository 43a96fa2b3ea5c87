/**
 * The prescriber copy's follow-up page (issue 19): drawn when the plan has visits, one row each, with
 * the dose taken beside the planned one, alcohol against the patient's low-risk limit and what was
 * suggested; absent without visits.
 */
import { describe, expect, it } from 'vitest';
import { generatePrescriberPdf } from '../../../src/features/export-pdf/generatePrescriberPdf';
import { exportData, WORKED_PATIENTS } from './fixtures';
import { pdfTextContent } from './pdfTextContent';

const GENERATION_TIMEOUT_MS = 60_000;
const patient = WORKED_PATIENTS[0];
if (!patient) throw new Error('no worked patient');

describe('prescriber copy: follow-up visits', () => {
  it(
    'prints each visit on its own page, and nothing without visits',
    async () => {
      const data = {
        ...exportData(patient),
        followUp: {
          subjectKey: 'patient:p1',
          lowRiskGPerDay: 40,
          rows: [
            {
              date: '2026-03-09',
              doseTakenMgPerDay: 35,
              plannedMgPerDay: 35,
              gramsPerDay: 60,
              cravingScore: 7,
              sideEffects: 'none',
              suggestion: 'Continue (visit.continue), accepted',
            },
            {
              date: '2026-03-16',
              doseTakenMgPerDay: 45,
              plannedMgPerDay: 55,
              gramsPerDay: 30,
              heavyDrinkingDays: 1,
              cravingScore: 4,
              sideEffects: 'somnolence (troublesome)',
              suggestion: 'Step back (visit.intolerance), accepted',
            },
          ],
        },
      };
      const text = await pdfTextContent(await generatePrescriberPdf(data, { paper: 'a4' }));
      const page = text.pages.findIndex((lines) => lines.some((line) => line === 'Follow-up visits'));
      expect(page).toBeGreaterThan(0);
      const lines = (text.pages[page] ?? []).join('\n');
      expect(lines).toContain('2 visits.');
      expect(lines).toContain('Low-risk drinking for this patient: ≤ 40 g/day.');
      expect(lines).toMatch(/45 \(55\)/);
      expect(lines).toMatch(/60 \(above low-risk\)/);
      expect(lines).toMatch(/30 \(low-risk\)/);
      expect(lines).toContain('somnolence (troublesome)');
      expect(lines).toContain('visit.intolerance');

      const without = await pdfTextContent(await generatePrescriberPdf(exportData(patient), { paper: 'a4' }));
      expect(without.pages.some((pageLines) => pageLines.includes('Follow-up visits'))).toBe(false);
    },
    GENERATION_TIMEOUT_MS,
  );
});
