/**
 * The follow-up's state for one patient or plan: the visits (device and chart), the draft of the next
 * visit, the rules' suggestion for it, and recording it (device first, then the chart).
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import {
  checkInteractions,
  RulesInputError,
  suggestAtVisit,
  type Finding,
  type Plan,
  type PlanInput,
  type RenalInput,
  type Sex,
  type VisitSuggestion,
} from '../../rules';
import type { VisitRecord } from '../../lib/db';
import { savedPlansOptions, savedVisitsOptions } from '../../fhir/queries';
import { saveVisit } from '../../fhir/saveVisit';
import { draftFieldOf, readDraft, type DraftField, type VisitDraft } from './visitDraft';
import { useVisitDraft } from './useVisitDraft';
import { mergeVisits, putVisit, useDeviceVisits } from './visitStore';
import type { VisitPlace } from './VisitsTable';

export interface FollowUpInput {
  subjectKey: string;
  patientId?: string;
  planInput: PlanInput;
  plan: Plan;
  renalInput?: RenalInput;
  sex?: Sex;
}

export type RecordOutcome =
  | { kind: 'saved'; date: string; accepted: boolean }
  | { kind: 'device'; date: string; accepted: boolean }
  | { kind: 'queued'; date: string; accepted: boolean; reason: string }
  | { kind: 'error'; message: string };

function suggestionFor(
  input: FollowUpInput,
  draft: VisitDraft,
  visits: readonly VisitRecord[],
): {
  errors: Partial<Record<DraftField, string>>;
  missing: DraftField[];
  suggestion?: VisitSuggestion;
  medicationChanges: string[];
  visit?: ReturnType<typeof readDraft>['visit'];
} {
  const labels = input.plan.days[0]?.administrations.map((item) => item.label) ?? [];
  const read = readDraft(draft, labels);
  if (!read.visit) return read;
  if (!input.sex)
    return { ...read, errors: { general: 'The patient’s sex (renal step) sets the low-risk limit.' } };
  const visitDate = read.visit.date;
  const history = visits.filter((record) => record.visit.date < visitDate).map((record) => record.visit);
  try {
    const suggestion = suggestAtVisit({
      plan: input.planInput,
      sex: input.sex,
      visit: read.visit,
      history,
      ...(input.renalInput ? { renalInput: input.renalInput } : {}),
    });
    return { ...read, suggestion };
  } catch (error) {
    if (error instanceof RulesInputError)
      return { ...read, errors: { ...read.errors, [draftFieldOf(error.field)]: error.message } };
    throw error;
  }
}

export function useFollowUp(input: FollowUpInput, initialDraft: () => VisitDraft) {
  const device = useDeviceVisits(input.subjectKey);
  const server = useQuery({
    ...savedVisitsOptions(input.patientId ?? ''),
    enabled: Boolean(input.patientId),
  });
  const plans = useQuery({ ...savedPlansOptions(input.patientId ?? ''), enabled: Boolean(input.patientId) });
  const visits = useMemo(() => mergeVisits(device.visits, server.data ?? []), [device.visits, server.data]);
  const onServer = useMemo(() => new Set((server.data ?? []).map((record) => record.uuid)), [server.data]);
  const placeOf = (record: VisitRecord): VisitPlace =>
    onServer.has(record.uuid) ? 'chart' : input.patientId ? 'device-pending' : 'device';
  const { draft, change, clear } = useVisitDraft(input.subjectKey, initialDraft);
  const result = useMemo(() => suggestionFor(input, draft, visits), [input, draft, visits]);
  const medicationFindings: Finding[] = useMemo(
    () =>
      result.medicationChanges.length === 0
        ? []
        : checkInteractions(
            result.medicationChanges,
            [],
            input.planInput.renal
              ? { crclMlMin: input.planInput.renal.crclMlMin, renalBand: input.planInput.renal.band }
              : {},
          ).findings,
    [result.medicationChanges, input.planInput.renal],
  );
  const plannedMgPerDay = draft.date
    ? input.plan.days.find((day) => day.date === draft.date)?.totalMg
    : undefined;
  const [busy, setBusy] = useState(false);

  const record = async (accepted: boolean): Promise<RecordOutcome> => {
    const { visit, suggestion } = result;
    if (!visit || !suggestion) return { kind: 'error', message: 'Complete the visit first.' };
    const entry: VisitRecord = {
      uuid: crypto.randomUUID(),
      subjectKey: input.subjectKey,
      ...(input.patientId ? { patientId: input.patientId } : {}),
      visit,
      ...(plannedMgPerDay !== undefined ? { plannedMgPerDay } : {}),
      suggestion: { action: suggestion.action, ruleId: suggestion.ruleId, accepted },
      ...(result.medicationChanges.length ? { medicationChanges: result.medicationChanges } : {}),
      recordedAt: new Date().toISOString(),
    };
    setBusy(true);
    try {
      let kept = true;
      try {
        await putVisit(entry);
      } catch {
        kept = false;
      }
      if (!input.patientId) {
        if (!kept)
          return {
            kind: 'error',
            message: 'This browser cannot keep the visit (no storage in this window): nothing was recorded.',
          };
        clear();
        return { kind: 'device', date: visit.date, accepted };
      }
      const active = plans.data?.find((plan) => plan.status === 'active' && plan.source === 'server');
      try {
        const saved = await saveVisit(entry, {
          patientId: input.patientId,
          ...(active ? { carePlanId: active.key } : {}),
        });
        clear();
        await server.refetch();
        return saved.status === 'saved'
          ? { kind: 'saved', date: visit.date, accepted }
          : { kind: 'queued', date: visit.date, accepted, reason: saved.reason };
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (kept) clear();
        return {
          kind: 'error',
          message: `The FHIR server refused the visit (${message}).${kept ? ' It is kept on this device.' : ''}`,
        };
      }
    } finally {
      setBusy(false);
    }
  };

  return {
    visits,
    placeOf,
    storageUnavailable: device.unavailable,
    serverError: server.error,
    draft,
    change,
    result,
    medicationFindings,
    plannedMgPerDay,
    labels: input.plan.days[0]?.administrations.map((item) => item.label) ?? [],
    busy,
    record,
  };
}
