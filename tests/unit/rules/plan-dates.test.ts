/** Calendar arithmetic of plans, checked against JavaScript's own UTC calendar. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoDay, parseIsoDay } from '../../../src/rules/plan-dates';

describe('plan dates', () => {
  it('formats day numbers like Date#toISOString for 1900–3003', () => {
    const first = Date.UTC(1900, 0, 1) / 86_400_000;
    const last = Date.UTC(3003, 11, 31) / 86_400_000;
    for (let day = first; day <= last; day++) {
      const expected = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (formatIsoDay(day) !== expected) expect(formatIsoDay(day)).toBe(expected);
    }
  });

  it('round-trips every valid date', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1900, 0, 1) / 86_400_000, max: Date.UTC(2999, 11, 31) / 86_400_000 }),
        (day) => {
          expect(parseIsoDay(formatIsoDay(day))).toBe(day);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('knows leap years', () => {
    expect(formatIsoDay(parseIsoDay('2024-02-28') + 1)).toBe('2024-02-29');
    expect(formatIsoDay(parseIsoDay('2100-02-28') + 1)).toBe('2100-03-01');
    expect(formatIsoDay(parseIsoDay('2000-02-28') + 1)).toBe('2000-02-29');
    expect(() => parseIsoDay('2100-02-29')).toThrowError(expect.objectContaining({ field: 'startDate' }));
    expect(() => parseIsoDay('1899-12-31')).toThrowError(expect.objectContaining({ field: 'startDate' }));
  });
});
