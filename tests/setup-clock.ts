/**
 * Runs the suite under another day when BACLOPLAN_TEST_NOW is set (see the `test:unit:far-date`
 * script): every test starts at that instant and the clock then runs on in real time. A test that
 * silently depends on today's date fails on the day it is written, not weeks later.
 * Only Date is faked; timers stay real, so waits and debounces behave as usual.
 */
import { beforeEach, vi } from 'vitest';

const fixedNow = process.env.BACLOPLAN_TEST_NOW;
if (fixedNow) {
  const instant = new Date(fixedNow);
  if (Number.isNaN(instant.getTime())) throw new Error(`BACLOPLAN_TEST_NOW is not a date: ${fixedNow}`);
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true, now: instant });
  });
}
