import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timeTicks } from '../../../src/features/patients/timeTicks';

const DAY = 86_400_000;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('the creatinine trend’s time ticks', () => {
  it('spread six whole-day ticks from the first result to the last (329 days: every 65.8 days, rounded)', () => {
    expect(timeTicks([day('2026-01-01'), day('2026-03-15'), day('2026-11-26')])).toEqual([
      day('2026-01-01'),
      day('2026-03-08'),
      day('2026-05-13'),
      day('2026-07-17'),
      day('2026-09-21'),
      day('2026-11-26'),
    ]);
  });

  it('give one tick for one day, and none for no results', () => {
    expect(timeTicks([day('2026-05-01'), day('2026-05-01')])).toEqual([day('2026-05-01')]);
    expect(timeTicks([])).toEqual([]);
  });

  it('never more than six, in order, on whole days, first and last results included, for any history', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20_000 }), { minLength: 1, maxLength: 1_000 }),
        (offsets) => {
          const times = offsets.map((offset) => day('2000-01-01') + offset * DAY);
          const ticks = timeTicks(times);
          expect(ticks.length).toBeLessThanOrEqual(6);
          expect(ticks[0]).toBe(Math.min(...times));
          expect(ticks.at(-1)).toBe(Math.max(...times));
          for (const [index, tick] of ticks.entries()) {
            expect(tick % DAY).toBe(0);
            if (index > 0) expect(tick).toBeGreaterThan(ticks[index - 1] as number);
          }
        },
      ),
    );
  });
});
