/**
 * The rules return unrounded numbers (by design: rounding is a display choice). Explain panels show
 * them rounded — 4 decimals below 10, 2 above — so a resident reads 1.6968 mg/dL, not 1.6968325791855203.
 */
import type { ExplainStep } from '../../rules';

function roundForDisplay(value: string | number): string | number {
  if (typeof value !== 'number' || Number.isInteger(value)) return value;
  return Number(value.toFixed(Math.abs(value) < 10 ? 4 : 2));
}

export function stepsForDisplay(steps: readonly ExplainStep[]): ExplainStep[] {
  return steps.map((step) => ({
    ...step,
    inputs: Object.fromEntries(
      Object.entries(step.inputs).map(([key, value]) => [key, roundForDisplay(value)]),
    ),
    result: roundForDisplay(step.result),
  }));
}
