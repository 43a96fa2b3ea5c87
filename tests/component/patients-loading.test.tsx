import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import type { ReactNode } from 'react';
import { theme } from '../../src/app/theme';
import { seriousAxeViolations } from './axe';
import { ChartPending } from '../../src/features/patients/ChartPending';
import { PatientListSkeleton } from '../../src/features/patients/PatientListSkeleton';
import { CreatinineTrend } from '../../src/features/patients/CreatinineTrend';
import { CreatinineTable } from '../../src/features/patients/CreatinineTable';
import type { CreatininePoint } from '../../src/fhir/mapping';

// The trend chart is loaded on demand. A module that never arrives keeps its Suspense fallback on
// screen, so the loading state can be checked without racing the import.
vi.mock('../../src/features/patients/CreatinineTrendChart', () => new Promise(() => {}));

function renderUi(node: ReactNode) {
  return render(<MantineProvider theme={theme}>{node}</MantineProvider>);
}

const POINTS: CreatininePoint[] = [
  { date: '2026-05-24', value: 128, unit: 'umol/L', mgDl: 1.45, egfrMlMin173: 51.2, unitSuspect: false },
  { date: '2026-10-26', value: 150, unit: 'umol/L', mgDl: 1.7, egfrMlMin173: 42.4, unitSuspect: false },
];

/**
 * Loading placeholders are short-lived, so an axe run can catch one just as it is swapped for content
 * (axe then reports the detached node as `:root`). An `aria-label` on an element without a role is
 * prohibited (axe `aria-prohibited-attr`), so each labelled placeholder carries a role that may be named.
 */
describe('patient loading placeholders', () => {
  it('the trend chart placeholder is a named status', async () => {
    const { container } = renderUi(<CreatinineTrend points={POINTS} unit="umol/L" />);
    expect(screen.getByRole('status', { name: 'Loading chart' })).toBeInTheDocument();
    expect(await seriousAxeViolations(container)).toEqual([]);
  });

  it('the chart and list skeletons are named groups', async () => {
    const { container } = renderUi(
      <>
        <ChartPending />
        <PatientListSkeleton rows={2} />
      </>,
    );
    expect(screen.getByRole('group', { name: 'Loading the chart' })).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('group', { name: 'Loading patients' })).toHaveAttribute('aria-busy', 'true');
    expect(await seriousAxeViolations(container)).toEqual([]);
  });
});

describe('patient tables', () => {
  it('scroll sideways in a focusable, named region', async () => {
    const { container } = renderUi(<CreatinineTable points={POINTS} />);
    const region = screen.getByRole('region', { name: 'Creatinine results (scrolls sideways)' });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(within(region).getAllByRole('row')).toHaveLength(3);
    expect(await seriousAxeViolations(container)).toEqual([]);
  });
});
