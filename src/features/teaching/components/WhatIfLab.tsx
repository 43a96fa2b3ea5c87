import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import { Card, Group, MultiSelect, Select, Stack, Text, Title } from '@mantine/core';
import { getRegimen, REGIMENS } from '../../../rules';
import type { CaseInputs } from '../caseTypes';
import { TEACHING_CASES } from '../cases';
import { MAX_COMPARED_REGIMENS, type CompareSearch, type ResolvedCompare } from '../compareSearch';
import type { DoseSeries } from '../doseSeries';
import { formatCreatinine } from '../format';
import { INPUT_STYLES } from '../tableStyles';
import { runCase } from '../runCase';
import { CreatinineSweep } from './CreatinineSweep';
import { DoseChartPanel } from './DoseChartPanel';
import { FixedVsFlexiblePanel } from './FixedVsFlexiblePanel';
import { WhatIfTable, type WhatIfColumn } from './WhatIfTable';
import { LinkAnchor } from './LinkAnchor';
import '../teaching.css';

interface WhatIfLabProps {
  compare: ResolvedCompare;
  onChange: (patch: Partial<CompareSearch>) => void;
}

const REGIMEN_OPTIONS = REGIMENS.filter((regimen) => regimen.id !== 'custom').map((regimen) => ({
  value: regimen.id,
  label: `${regimen.name} (${regimen.kind})`,
}));

/**
 * Comparisons compute new plans for the case's patient with each regimen's default parameters:
 * the case's own edits (a target, intolerance days, a taper-only mode) belong to its regimen.
 */
function inputsFor(caseInputs: CaseInputs, regimenId: string): CaseInputs {
  const { params: _params, mode: _mode, currentDoseMgPerDay: _current, ...rest } = caseInputs;
  return { ...rest, regimenId };
}

function describePatient(inputs: CaseInputs): string {
  const { renal } = inputs;
  return [
    `${renal.ageYears} y ${renal.sex}`,
    `${renal.weightKg} kg`,
    renal.heightCm === undefined ? 'height not recorded' : `${renal.heightCm} cm`,
    `creatinine ${formatCreatinine(renal.creatinine.value, renal.creatinine.unit)}`,
    ...(renal.onDialysis ? ['on dialysis'] : []),
    ...((inputs.meds ?? []).length > 0 ? [`taking ${(inputs.meds ?? []).map(String).join(', ')}`] : []),
  ].join(' · ');
}

/**
 * The regimens on one chart and in a table. Memoised: moving the creatinine slider changes the address,
 * and these plans (three full runs of the rules) do not depend on it.
 */
const RegimenComparison = memo(function RegimenComparison({
  caseInputs,
  regimensKey,
  onChange,
}: {
  caseInputs: CaseInputs;
  /** The compared regimen ids joined by commas: the same list from a new address is the same key. */
  regimensKey: string;
  onChange: WhatIfLabProps['onChange'];
}) {
  const regimens = useMemo(() => (regimensKey === '' ? [] : regimensKey.split(',')), [regimensKey]);
  const columns = useMemo<WhatIfColumn[]>(
    () =>
      regimens.map((regimenId) => ({
        id: regimenId,
        label: getRegimen(regimenId)?.name ?? regimenId,
        run: runCase(inputsFor(caseInputs, regimenId)),
      })),
    [caseInputs, regimens],
  );
  const series = useMemo<DoseSeries[]>(
    () =>
      columns.map((column) => ({
        id: column.id,
        label: column.label,
        days: column.run.plan?.days ?? [],
        capMgPerDay: column.run.plan?.capMgPerDay ?? 0,
      })),
    [columns],
  );
  return (
    <>
      <MultiSelect
        label="Regimens to compare"
        description={`Up to ${MAX_COMPARED_REGIMENS}; each with its default parameters`}
        data={REGIMEN_OPTIONS}
        value={regimens}
        maxValues={MAX_COMPARED_REGIMENS}
        onChange={(value) => onChange({ regimens: value.length > 0 ? value : undefined })}
        maw={720}
        styles={INPUT_STYLES}
      />
      <Card withBorder padding="md">
        <DoseChartPanel series={series} title="Daily dose by regimen for the same patient" />
      </Card>
      <Card withBorder padding="md">
        <WhatIfTable
          columns={columns}
          caption="Each regimen for this patient, computed by the rules (bold: differs from the first)"
        />
      </Card>
    </>
  );
});

/** A fixed and a flexible regimen side by side; memoised for the same reason as the comparison. */
const FixedVsFlexible = memo(function FixedVsFlexible({
  caseInputs,
  fixed,
  flexible,
  onChange,
}: {
  caseInputs: CaseInputs;
  fixed: string;
  flexible: string;
  onChange: WhatIfLabProps['onChange'];
}) {
  const sideRuns = useMemo(
    () => ({
      fixed: runCase(inputsFor(caseInputs, fixed)),
      flexible: runCase(inputsFor(caseInputs, flexible)),
    }),
    [caseInputs, fixed, flexible],
  );
  return (
    <FixedVsFlexiblePanel
      fixed={{ regimenId: fixed, plan: sideRuns.fixed.plan, error: sideRuns.fixed.error?.message ?? null }}
      flexible={{
        regimenId: flexible,
        plan: sideRuns.flexible.plan,
        error: sideRuns.flexible.error?.message ?? null,
      }}
      onFixedChange={(value) => onChange({ fixed: value })}
      onFlexibleChange={(value) => onChange({ flexible: value })}
    />
  );
});

/** The route's handler, made stable so the memoised sections are not redrawn for a new function. */
function useStableOnChange(onChange: WhatIfLabProps['onChange']): WhatIfLabProps['onChange'] {
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  }, [onChange]);
  return useCallback((patch) => latest.current(patch), []);
}

/** The what-if lab: regimens on one chart, a creatinine sweep, and fixed vs flexible side by side. */
export function WhatIfLab({ compare, onChange }: WhatIfLabProps) {
  const { teachingCase, regimens, scrMgDl, fixed, flexible } = compare;
  const caseInputs = teachingCase.inputs;
  const stableOnChange = useStableOnChange(onChange);
  const sweepRegimen = regimens[0] ?? caseInputs.regimenId;
  const sweepPlan = useMemo(
    () => ({ regimenId: sweepRegimen, startDate: caseInputs.startDate, profile: caseInputs.profile }),
    [sweepRegimen, caseInputs],
  );

  return (
    <Stack gap="xl" maw={1280} className="teaching-case">
      <Stack gap={4}>
        <LinkAnchor to="/teaching" size="sm" className="no-print">
          ← Teaching cases
        </LinkAnchor>
        <Title order={2}>What-if lab</Title>
        <Text c="dark.6" maw={800}>
          Take the patient of a case and change one thing at a time: the regimen, the creatinine, fixed
          against flexible. Every number is computed by the rules module as you change it.
        </Text>
      </Stack>

      <Card withBorder padding="md">
        <Stack gap="xs">
          <Select
            label="Patient"
            description="Start from the patient of a teaching case"
            data={TEACHING_CASES.map((entry) => ({ value: entry.id, label: entry.title }))}
            value={teachingCase.id}
            onChange={(value) => value && onChange({ case: value, regimens: undefined, scr: undefined })}
            allowDeselect={false}
            maw={520}
            styles={INPUT_STYLES}
          />
          <Text size="sm">{describePatient(caseInputs)}</Text>
          <LinkAnchor to="/teaching/$caseId" params={{ caseId: teachingCase.id }} size="sm">
            Open the case “{teachingCase.title}”
          </LinkAnchor>
        </Stack>
      </Card>

      <Stack gap="sm" component="section" aria-labelledby="compare-regimens">
        <Title order={3} size="h4" id="compare-regimens">
          Regimens on one chart
        </Title>
        <RegimenComparison
          caseInputs={caseInputs}
          regimensKey={regimens.join(',')}
          onChange={stableOnChange}
        />
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="compare-sweep">
        <Title order={3} size="h4" id="compare-sweep">
          Creatinine sweep
        </Title>
        <Text size="sm" c="dark.6">
          Move the slider (arrow keys step 0.1 mg/dL) to see how CrCl, eGFR, the band, the dose factor and the
          cap of {getRegimen(sweepRegimen)?.name ?? sweepRegimen} change for this patient.
        </Text>
        <Card withBorder padding="md">
          <CreatinineSweep
            key={`${teachingCase.id}-${sweepRegimen}`}
            renal={caseInputs.renal}
            plan={sweepPlan}
            regimenName={getRegimen(sweepRegimen)?.name ?? sweepRegimen}
            initialMgDl={scrMgDl}
            onCommit={(value) => onChange({ scr: value })}
          />
        </Card>
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="compare-kinds">
        <Group gap="xs">
          <Title order={3} size="h4" id="compare-kinds">
            Fixed vs flexible
          </Title>
        </Group>
        <FixedVsFlexible
          caseInputs={caseInputs}
          fixed={fixed}
          flexible={flexible}
          onChange={stableOnChange}
        />
      </Stack>
    </Stack>
  );
}
