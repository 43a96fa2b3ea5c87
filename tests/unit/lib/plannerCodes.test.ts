import { describe, expect, it } from 'vitest';
import { matchDrug } from '../../../src/rules';
import {
  conditionCodes,
  decodeCondition,
  decodeMedication,
  everyConditionCoding,
  everyDrugCode,
  medicationCodes,
} from '../../../src/lib/plannerCodes';

describe('planner codes', () => {
  it('every drug of the dictionary round-trips through its code', () => {
    const failures = everyDrugCode().filter(({ entry, code }) => {
      const back = matchDrug(decodeMedication(code));
      return back.length !== 1 || back[0]?.generic !== entry.generic;
    });
    expect(failures.map((failure) => failure.code)).toEqual([]);
  });

  it('every condition rule and variant round-trips through its code', () => {
    const all = everyConditionCoding();
    const missing = all.filter((entry) => !entry.coding).map((entry) => entry.key);
    expect(missing).toEqual([]);
    for (const { coding } of all) {
      const input = decodeCondition(coding!.code);
      expect(input).toBeDefined();
      expect(conditionCodes(input!)).toEqual([coding!.code]);
    }
  });

  it('a typed entry becomes its drug codes, free text none', () => {
    expect(medicationCodes('Tramadol 50 mg for his back')).toHaveLength(1);
    expect(medicationCodes('grandmother’s herbal tea')).toEqual([]);
  });
});
