import { lazy, Suspense, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { Box, Paper, SimpleGrid, Skeleton, Slider, Stack, Text } from '@mantine/core';
import { creatinineMgDlToUmolL, type RenalInput } from '../../../rules';
import type { CaseInputs } from '../caseTypes';
import { BAND_LABEL, ESTIMATOR_LABEL, formatDoseFactor, formatMg, oneDecimal } from '../format';
import {
  SWEEP_RANGE_MG_DL,
  sweepBase,
  sweepPoint,
  sweepSegments,
  sweepSeries,
  type SweepPoint,
} from '../sweep';
import { SweepTable } from './SweepTable';

// Recharts is loaded only when the what-if lab is opened.
const CapSweepChart = lazy(() => import('./CapSweepChart'));

interface CreatinineSweepProps {
  renal: RenalInput;
  plan: Pick<CaseInputs, 'regimenId' | 'params' | 'profile' | 'startDate'>;
  regimenName: string;
  /** Starting creatinine in mg/dL. */
  initialMgDl: number;
  /**
   * Called once the slider has rested for a moment (to keep the address in step): the arrow keys end a
   * change on every step, and each address change re-renders the whole lab.
   */
  onCommit?: (mgDl: number) => void;
}

function clampToRange(value: number): number {
  const { min, max } = SWEEP_RANGE_MG_DL;
  return Math.round(Math.min(max, Math.max(min, value)) * 10) / 10;
}

function readout(point: SweepPoint): string {
  const cap = point.blocked
    ? `hard stop, no plan (a specialist override would allow ${formatMg(point.capIfOverriddenMgPerDay)} mg/day)`
    : `renal-adjusted cap ${formatMg(point.capMgPerDay)} mg/day`;
  return (
    `Creatinine ${point.creatinineMgDl.toFixed(1)} mg/dL (${Math.round(creatinineMgDlToUmolL(point.creatinineMgDl))} µmol/L): ` +
    `CrCl ${oneDecimal(point.crclMlMin)} mL/min, eGFR ${oneDecimal(point.egfrMlMin173)} mL/min/1.73 m². ` +
    `Band ${BAND_LABEL[point.band]}, decided by ${ESTIMATOR_LABEL[point.decidedBy]}; dose factor ${formatDoseFactor(point.doseFactor)}; ${cap}.`
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="xs" radius="md">
      <Text size="xs" c="dark.5">
        {label}
      </Text>
      <Text fw={700} size="lg">
        {value}
      </Text>
    </Paper>
  );
}

const COMMIT_REST_MS = 400;

/**
 * `onCommit` with the last value, once no change has come for a moment. Leaving the sweep (another case,
 * another page) drops a waiting commit: it would write the old patient's value into the new address.
 */
function useRestingCommit(onCommit: ((mgDl: number) => void) | undefined): (mgDl: number) => void {
  const latest = useRef(onCommit);
  const pending = useRef<number | null>(null);
  useEffect(() => {
    latest.current = onCommit;
  }, [onCommit]);
  useEffect(
    () => () => {
      if (pending.current !== null) window.clearTimeout(pending.current);
    },
    [],
  );
  return useMemo(
    () => (mgDl: number) => {
      if (pending.current !== null) window.clearTimeout(pending.current);
      pending.current = window.setTimeout(() => {
        pending.current = null;
        latest.current?.(mgDl);
      }, COMMIT_REST_MS);
    },
    [],
  );
}

/**
 * A keyboard-operable creatinine slider for one patient: CrCl, eGFR, band, dose factor and the
 * renal-adjusted cap update live (announced politely), with a cap-vs-creatinine chart and its table.
 */
export function CreatinineSweep({ renal, plan, regimenName, initialMgDl, onCommit }: CreatinineSweepProps) {
  const [value, setValue] = useState(() => clampToRange(initialMgDl));
  // The thumb moves at once; the figures and the chart follow in a render that a next key can interrupt.
  const shown = useDeferredValue(value);
  const base = useMemo(() => sweepBase(renal), [renal]);
  const points = useMemo(() => sweepSeries(base, plan), [base, plan]);
  const current = useMemo(() => sweepPoint(base, shown, plan), [base, shown, plan]);
  const commit = useRestingCommit(onCommit);
  const segments = useMemo(() => sweepSegments(points), [points]);

  return (
    <Stack gap="md">
      <Box px={{ base: 4, sm: 8 }} pb="lg">
        <Text size="sm" fw={600} mb={6} aria-hidden>
          Serum creatinine (mg/dL)
        </Text>
        <Slider
          min={SWEEP_RANGE_MG_DL.min}
          max={SWEEP_RANGE_MG_DL.max}
          step={SWEEP_RANGE_MG_DL.step}
          precision={1}
          value={value}
          onChange={(next) => setValue(clampToRange(next))}
          onChangeEnd={(next) => commit(clampToRange(next))}
          thumbLabel="Serum creatinine in mg/dL"
          thumbValueText={(next) => `${next.toFixed(1)} mg/dL`}
          label={(next) => `${next.toFixed(1)} mg/dL`}
          marks={[1, 2, 3, 4, 5].map((mark) => ({ value: mark, label: `${mark}` }))}
        />
      </Box>
      {renal.onDialysis ? (
        <Text size="sm" c="dark.6">
          This patient is on dialysis, where creatinine does not describe kidney function; the sweep shows the
          same patient as if not on dialysis.
        </Text>
      ) : null}
      {current ? (
        <>
          <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="xs" aria-hidden>
            <Stat label="CrCl (Cockcroft–Gault)" value={`${oneDecimal(current.crclMlMin)} mL/min`} />
            <Stat label="eGFR (CKD-EPI 2021)" value={oneDecimal(current.egfrMlMin173)} />
            <Stat label="Renal band" value={BAND_LABEL[current.band]} />
            <Stat label="Dose factor" value={formatDoseFactor(current.doseFactor)} />
            <Stat
              label={`Cap — ${regimenName}`}
              value={current.blocked ? 'Hard stop' : `${formatMg(current.capMgPerDay)} mg/day`}
            />
          </SimpleGrid>
          <Text size="sm" role="status" aria-live="polite" aria-atomic="true">
            {readout(current)}
          </Text>
        </>
      ) : (
        <Text size="sm" role="status" aria-live="polite">
          At {shown.toFixed(1)} mg/dL the rules cannot plan this regimen (the cap is below one tablet unit).
        </Text>
      )}
      <div
        role="img"
        aria-label={`Chart of the renal-adjusted cap of ${regimenName} against creatinine from ${SWEEP_RANGE_MG_DL.min} to ${SWEEP_RANGE_MG_DL.max} mg/dL, with the current value marked. The table below gives the same data.`}
      >
        <Suspense fallback={<Skeleton height={220} aria-hidden />}>
          <CapSweepChart points={points} current={current} />
        </Suspense>
      </div>
      <details>
        <summary>
          <Text span size="sm" fw={500}>
            Show the chart as a table (creatinine ranges by band and cap)
          </Text>
        </summary>
        <SweepTable segments={segments} caption={`Renal-adjusted cap of ${regimenName} by creatinine`} />
      </details>
    </Stack>
  );
}
