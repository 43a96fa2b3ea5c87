import { defineConfig } from 'vitest/config';

/**
 * Benchmarks run through Vitest only so TypeScript sources load without a build step. They print
 * figures and write JSON; they assert nothing about time (timing is measured, not tested).
 */
export default defineConfig({
  test: {
    name: 'bench',
    environment: 'node',
    include: ['tests/bench/**/*.perf.ts'],
    testTimeout: 600000,
  },
});
