/**
 * Step 5 of the planner: follow the patient (spec §9). The visits so far (chart and table), the next
 * visit's form, and the rules' suggestion for it; accepting it re-plans the planner from the visit date
 * at the dose taken. Loaded only once there is a plan (this module brings Dexie and the FHIR client).
 */
import { Alert, Button, FileButton, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Plan, PlanInput, RenalInput, Sex, VisitAction } from '../../rules';
import { downloadFile } from '../../lib/downloadFile';
import { formatDate } from '../../lib/format';
import { publishFollowUp } from '../../lib/followUpExport';
import { LOW_RISK_G_PER_DAY, SIDE_EFFECT_LABELS, type SideEffect } from '../../rules';
import { FollowUpChart } from './FollowUpChart';
import { followUpRows } from './followUpSeries';
import { ACTION_LABEL, SuggestionCard } from './SuggestionCard';
import type { VisitRecord } from '../../lib/db';
import { useFollowUp, type RecordOutcome } from './useFollowUp';
import { emptyDraft } from './visitDraft';
import { VisitForm } from './VisitForm';
import { VisitsTable } from './VisitsTable';
import { importVisits, parseVisitsFile, VisitImportError, visitsFile } from './visitStore';

export interface FollowUpSectionProps {
  subjectKey: string;
  patientId?: string;
  /** Whose follow-up this is, in words ("Henri Lefèvre" or "this plan, on this device"). */
  whose: string;
  planInput: PlanInput;
  plan: Plan;
  renalInput?: RenalInput;
  sex?: Sex;
  locale?: string;
  /** Re-plan the planner as the suggestion says (and add the medicines reported at the visit). */
  onReplan: (replan: PlanInput, renalInput: RenalInput | undefined, newMedicines: string[]) => void;
}

function outcomeText(outcome: RecordOutcome): string {
  if (outcome.kind === 'error') return outcome.message;
  const then = outcome.accepted
    ? ' The plan above is re-planned from that date: check it, then save it to the chart.'
    : ' The plan is unchanged.';
  if (outcome.kind === 'saved') return `Visit of ${outcome.date} recorded on the chart.${then}`;
  if (outcome.kind === 'device') return `Visit of ${outcome.date} recorded on this device.${then}`;
  return `Visit of ${outcome.date} kept on this device — not yet on the chart (${outcome.reason}); it is sent when the server is reachable.${then}`;
}

function exportRow(record: VisitRecord) {
  const { visit } = record;
  const effects = Object.entries(visit.sideEffects ?? {})
    .filter(([, grade]) => grade !== 'none')
    .map(([effect, grade]) => `${SIDE_EFFECT_LABELS[effect as SideEffect]} (${grade})`);
  return {
    date: visit.date,
    doseTakenMgPerDay: visit.doseTakenMgPerDay,
    ...(record.plannedMgPerDay !== undefined ? { plannedMgPerDay: record.plannedMgPerDay } : {}),
    ...(visit.drinksPerDay !== undefined && visit.drinkSizeG !== undefined
      ? { gramsPerDay: visit.drinksPerDay * visit.drinkSizeG }
      : {}),
    ...(visit.heavyDrinkingDays !== undefined ? { heavyDrinkingDays: visit.heavyDrinkingDays } : {}),
    ...(visit.cravingScore !== undefined ? { cravingScore: visit.cravingScore } : {}),
    sideEffects: effects.length > 0 ? effects.join(', ') : 'none',
    ...(record.suggestion
      ? {
          suggestion: `${ACTION_LABEL[record.suggestion.action as VisitAction] ?? record.suggestion.action} (${record.suggestion.ruleId})${record.suggestion.accepted ? ', accepted' : ', plan kept'}`,
        }
      : {}),
  };
}

export default function FollowUpSection(props: FollowUpSectionProps) {
  const { subjectKey, patientId, planInput, plan, renalInput, sex } = props;
  const input = useMemo(
    () => ({
      subjectKey,
      ...(patientId ? { patientId } : {}),
      planInput,
      plan,
      ...(renalInput ? { renalInput } : {}),
      ...(sex ? { sex } : {}),
    }),
    [subjectKey, patientId, planInput, plan, renalInput, sex],
  );
  const initial = useMemo(
    () => () => emptyDraft('', renalInput?.creatinine.unit ?? 'mg/dL'),
    [renalInput?.creatinine.unit],
  );
  const follow = useFollowUp(input, initial);
  const [outcome, setOutcome] = useState<RecordOutcome | undefined>();
  const [importError, setImportError] = useState<string | undefined>();
  const statusRef = useRef<HTMLDivElement>(null);
  const rows = useMemo(() => followUpRows(follow.visits, plan.days), [follow.visits, plan.days]);
  const gramsPerDay =
    follow.result.visit?.drinksPerDay !== undefined && follow.result.visit.drinkSizeG !== undefined
      ? follow.result.visit.drinksPerDay * follow.result.visit.drinkSizeG
      : undefined;

  // Opened afresh (a new plan from the chart) for a patient already followed: the plan would restart at
  // the regimen's start dose while the patient takes the dose of the last visit.
  const lastVisit = follow.visits.filter((record) => record.visit.date <= planInput.startDate).at(-1);
  const firstDayMg = plan.days[0]?.totalMg;
  const startsFresh =
    (planInput.mode ?? (planInput.currentDoseMgPerDay === undefined ? 'new' : 'replan')) === 'new' &&
    firstDayMg !== undefined &&
    lastVisit !== undefined &&
    Math.abs(lastVisit.visit.doseTakenMgPerDay - firstDayMg) > 1e-9;

  // The prescriber copy prints these visits on its follow-up page (for this subject only).
  useEffect(() => {
    publishFollowUp({
      subjectKey,
      rows: follow.visits.map((record) => exportRow(record)),
      ...(sex ? { lowRiskGPerDay: LOW_RISK_G_PER_DAY[sex] } : {}),
    });
    return () => publishFollowUp(undefined);
  }, [subjectKey, follow.visits, sex]);

  const record = async (accept: boolean) => {
    const suggestion = follow.result.suggestion;
    const changes = follow.result.medicationChanges;
    const result = await follow.record(accept);
    setOutcome(result);
    if (result.kind !== 'error' && accept && suggestion)
      props.onReplan(suggestion.replan, suggestion.renalInput, changes);
    // Where the clinician looks next: the outcome, in view, with focus (the page does not jump).
    requestAnimationFrame(() => statusRef.current?.focus());
  };

  const missingText = follow.result.missing.length
    ? `To see the suggestion, enter ${follow.result.missing.map((field) => (field === 'date' ? 'the visit date' : 'the dose actually taken')).join(' and ')}.`
    : undefined;

  return (
    <Stack gap="md">
      <Text size="sm">
        Follow-up of <strong>{props.whose}</strong>. {follow.visits.length} visit
        {follow.visits.length === 1 ? '' : 's'} recorded.
      </Text>
      {follow.storageUnavailable ? (
        <Alert color="orange" title="Visits cannot be kept on this device">
          This window has no storage (private browsing?).{' '}
          {patientId
            ? 'Visits go straight to the chart.'
            : 'Visits of a plan without a chart patient cannot be kept here.'}
        </Alert>
      ) : null}
      {follow.serverError ? (
        <Alert color="orange" title="The chart's visits could not be read">
          {follow.serverError.message} Visits on this device are shown.
        </Alert>
      ) : null}
      {lastVisit && startsFresh ? (
        <Alert color="orange" title="This plan does not start from the dose the patient takes" role="alert">
          <Stack gap="xs">
            <Text size="sm">
              At the last visit ({formatDate(lastVisit.visit.date, props.locale)}) the patient took{' '}
              {lastVisit.visit.doseTakenMgPerDay} mg/day; this plan starts afresh at {firstDayMg} mg/day on{' '}
              {formatDate(planInput.startDate, props.locale)}. A current dose is never dropped (spec §3).
            </Text>
            <Group>
              <Button
                size="xs"
                onClick={() =>
                  props.onReplan(
                    { ...planInput, mode: 'replan', currentDoseMgPerDay: lastVisit.visit.doseTakenMgPerDay },
                    undefined,
                    [],
                  )
                }
              >
                Re-plan from {lastVisit.visit.doseTakenMgPerDay} mg/day
              </Button>
            </Group>
          </Stack>
        </Alert>
      ) : null}
      {follow.visits.length > 0 ? (
        <>
          <FollowUpChart
            rows={rows}
            {...(sex ? { sex } : {})}
            {...(props.locale ? { locale: props.locale } : {})}
          />
          <VisitsTable
            visits={follow.visits}
            placeOf={follow.placeOf}
            {...(props.locale ? { locale: props.locale } : {})}
          />
        </>
      ) : (
        <Text size="sm" c="dark.5">
          No visits recorded yet for this plan.
        </Text>
      )}
      {!patientId ? (
        <Group gap="xs">
          <Button
            variant="default"
            size="xs"
            disabled={follow.visits.length === 0}
            onClick={() =>
              downloadFile(
                new TextEncoder().encode(visitsFile(follow.visits)),
                'bacloplan-visits.json',
                'application/json',
              )
            }
          >
            Export visits to a file
          </Button>
          <FileButton
            accept="application/json,.json"
            onChange={async (file) => {
              setImportError(undefined);
              if (!file) return;
              try {
                await importVisits(parseVisitsFile(await file.text(), subjectKey));
              } catch (error) {
                setImportError(
                  error instanceof VisitImportError ? error.message : 'The file could not be read.',
                );
              }
            }}
          >
            {(buttonProps) => (
              <Button variant="default" size="xs" {...buttonProps}>
                Import visits from a file
              </Button>
            )}
          </FileButton>
          {importError ? (
            <Text size="xs" c="red.8" role="alert">
              {importError}
            </Text>
          ) : null}
        </Group>
      ) : null}
      <Title order={3} size="h5">
        Record a visit
      </Title>
      <VisitForm
        draft={follow.draft}
        onChange={(patch) => {
          setOutcome(undefined);
          follow.change(patch);
        }}
        errors={follow.result.errors}
        {...(follow.plannedMgPerDay !== undefined ? { plannedMgPerDay: follow.plannedMgPerDay } : {})}
        labels={follow.labels}
        {...(gramsPerDay !== undefined ? { gramsPerDay } : {})}
      />
      {follow.result.errors.general ? (
        <Text size="sm" c="red.8" role="alert">
          {follow.result.errors.general}
        </Text>
      ) : null}
      {follow.result.suggestion ? (
        <SuggestionCard
          suggestion={follow.result.suggestion}
          medicationFindings={follow.medicationFindings}
          busy={follow.busy}
          onAccept={() => void record(true)}
          onRecordOnly={() => void record(false)}
        />
      ) : missingText ? (
        <Text size="sm" c="dark.5">
          {missingText}
        </Text>
      ) : null}
      <div
        ref={statusRef}
        tabIndex={-1}
        role="status"
        aria-live="polite"
        style={{ outline: 'none', scrollMarginBlock: 96 }}
      >
        {outcome ? (
          <Alert
            color={outcome.kind === 'error' ? 'red' : outcome.kind === 'queued' ? 'orange' : 'teal'}
            variant="light"
          >
            {outcomeText(outcome)}
          </Alert>
        ) : null}
      </div>
    </Stack>
  );
}
