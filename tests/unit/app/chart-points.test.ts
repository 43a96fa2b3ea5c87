import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_DRAWN, pointsToDraw } from '../../../src/features/patients/chartPoints';

const DAY = 86_400_000;
const point = (dayOffset: number, mgDl: number) => ({
  date: new Date(Date.UTC(2020, 0, 1) + dayOffset * DAY).toISOString().slice(0, 10),
  mgDl,
});

describe('the creatinine results the trend chart draws', () => {
  it('draws every result of a short history', () => {
    const points = Array.from({ length: MAX_DRAWN }, (_, day) => point(day, 1 + (day % 7) / 10));
    expect(pointsToDraw(points)).toEqual(points);
  });

  it('keeps a single peak among a thousand ordinary results', () => {
    const points = Array.from({ length: 1_000 }, (_, day) => point(day, day === 613 ? 4.2 : 1.1));
    const drawn = pointsToDraw(points);
    expect(drawn.length).toBeLessThanOrEqual(MAX_DRAWN);
    expect(drawn).toContainEqual(point(613, 4.2));
  });

  it('for any long history: at most MAX_DRAWN, in date order, the highest and lowest always drawn', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: 0, max: 7_000 }), fc.double({ min: 0.2, max: 12, noNaN: true })),
          {
            minLength: MAX_DRAWN + 1,
            maxLength: 2_000,
          },
        ),
        (raw) => {
          const points = raw.sort(([a], [b]) => a - b).map(([day, mgDl]) => point(day, mgDl));
          const drawn = pointsToDraw(points);
          expect(drawn.length).toBeLessThanOrEqual(MAX_DRAWN);
          expect(drawn.every((entry) => points.includes(entry))).toBe(true);
          for (let index = 1; index < drawn.length; index += 1)
            expect(points.indexOf(drawn[index]!)).toBeGreaterThan(points.indexOf(drawn[index - 1]!));
          const values = points.map((entry) => entry.mgDl);
          expect(drawn.some((entry) => entry.mgDl === Math.max(...values))).toBe(true);
          expect(drawn.some((entry) => entry.mgDl === Math.min(...values))).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});
