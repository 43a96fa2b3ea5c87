/**
 * The visit form's text → the rules' Visit (issue 19): numbers as clinicians type them, nothing
 * guessed (no drink size, no dose), a message at each bad field; and the visits file round trip.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { emptyDraft, parseStoredDraft, readDraft } from '../../../src/features/visits/visitDraft';
import { parseVisitsFile, VisitImportError, visitsFile } from '../../../src/features/visits/visitStore';
import type { VisitRecord } from '../../../src/lib/db';

const LABELS = ['morning', 'noon', 'evening'];

describe('reading the visit form', () => {
  it('reads a complete draft, decimal comma included, and leaves out what was not entered', () => {
    const draft = {
      ...emptyDraft('10'),
      date: '2026-03-02',
      dose: '45',
      drinks: '2,5',
      craving: '4',
      sideEffects: { nausea: 'mild' as const },
    };
    expect(readDraft(draft, LABELS)).toMatchObject({
      errors: {},
      missing: [],
      visit: {
        date: '2026-03-02',
        doseTakenMgPerDay: 45,
        drinksPerDay: 2.5,
        drinkSizeG: 10,
        cravingScore: 4,
        sideEffects: { nausea: 'mild' },
      },
    });
    expect(readDraft(draft, LABELS).visit).not.toHaveProperty('heavyDrinkingDays');
  });

  it('never assumes a drink size, a date or a dose', () => {
    const read = readDraft({ ...emptyDraft(), drinks: '3' }, LABELS);
    expect(read.visit).toBeUndefined();
    expect(read.missing).toEqual(['date', 'dose']);
    expect(read.errors.drinkSize).toMatch(/Choose the drink size/);
  });

  it('says which field is not a number, and asks for every administration when the split differs', () => {
    const read = readDraft(
      {
        ...emptyDraft('14'),
        date: '2026-03-02',
        dose: 'forty',
        heavyDays: '1.5',
        splitDiffers: true,
        perDose: { morning: '10' },
      },
      LABELS,
    );
    expect(read.errors.dose).toMatch(/is not a number/);
    expect(read.errors.heavyDays).toMatch(/whole number/);
    expect(read.errors.perDose).toMatch(/noon is empty/);
  });

  it('reads a stored draft back field by field, dropping anything it does not know', () => {
    expect(
      parseStoredDraft({
        date: 'yesterday',
        dose: '30',
        drinkSize: '12',
        sideEffects: { nausea: 'awful', seizure: 'mild' },
      }),
    ).toMatchObject({
      date: '',
      dose: '30',
      drinkSize: '',
      sideEffects: { seizure: 'mild' },
    });
    expect(parseStoredDraft('nonsense')).toBeUndefined();
  });
});

describe('the visits file (a plan without a chart patient)', () => {
  const record: VisitRecord = {
    uuid: '1f2e3d4c-0000-4000-8000-000000000001',
    subjectKey: 'plan:abcdef12-3456',
    visit: { date: '2026-03-02', doseTakenMgPerDay: 45, drinksPerDay: 3, drinkSizeG: 8, cravingScore: 5 },
    plannedMgPerDay: 45,
    suggestion: { action: 'continue', ruleId: 'visit.continue', accepted: true },
    recordedAt: '2026-03-02T10:00:00Z',
  };

  it('round-trips under the importing plan’s key, without the exporting one', () => {
    const text = visitsFile([record]);
    expect(text).not.toContain('plan:abcdef12-3456');
    expect(parseVisitsFile(text, 'plan:other-plan-1')).toEqual([
      { ...record, subjectKey: 'plan:other-plan-1' },
    ]);
  });

  it('refuses a file with a bad visit as a whole, saying which and why', () => {
    const bad = JSON.stringify({
      kind: 'bacloplan-visits',
      version: 1,
      visits: [{ ...record, visit: { ...record.visit, cravingScore: 14 } }],
    });
    expect(() => parseVisitsFile(bad, 'plan:x-12345678')).toThrow(VisitImportError);
    expect(() => parseVisitsFile(bad, 'plan:x-12345678')).toThrow(/Visit 1: cravingScore/);
    expect(() => parseVisitsFile('{"kind":"other"}', 'plan:x-12345678')).toThrow(
      /not a bacloplan visits file/,
    );
  });
});
