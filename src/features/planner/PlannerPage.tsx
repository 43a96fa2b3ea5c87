import { lazy, Suspense, useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { Box, Button, Card, Group, Stack, Stepper, Text, Title } from '@mantine/core';
import { IconFilePlus } from '@tabler/icons-react';
import type { PlannerLink, PlannerState } from '../../lib/plannerLink';
import type { PlanInput, RenalInput } from '../../rules';
import { patientLabel, subscribePatientLabels } from '../../lib/patientLabels';
import { computePlanner, DEFAULT_REGIMEN_ID, targetNote, type PlannerModel } from '../../lib/plannerModel';
import { useClientValue, useLocale, useToday } from '../../lib/useClientValue';
import { clinicalToday } from '../../fhir/clock';
import { isEmptyDraft, useDraft } from '../../lib/useDraft';
import { confirmedReasons, NO_CONFIRMATIONS, subscribeConfirmations } from '../../lib/overrideConfirmations';
import { TypingScope } from '../../lib/typedText';
import { PanelErrorBoundary } from '../../components/PanelErrorBoundary';
import { LazyModal } from '../../components/LazyModal';
import { WithQueryClient } from '../../lib/queryClientSource';
import { PatientBannerError, PatientBannerPending } from './PatientBannerStates';
import { LinkNotices } from './LinkNotices';
import { cleanState, usePlannerState } from './usePlannerState';
import { RenalStep } from '../../features/renal/RenalStep';
import { RegimenStep } from '../../features/regimen/RegimenStep';
import { MedsStep } from '../../features/interactions/MedsStep';
import { CatchingUpVeil, PlanSection } from './PlanSection';
import { loadPlanDetails } from '../../features/plan/loadPlanDetails';
import { t } from '../../i18n';
import { inputErrorWords } from '../../i18n/clinical';

// Export and save buttons belong to a built plan; like the plan's display, they load with the first input.
const loadPlannerActions = () => import('./PlannerActions');
// Whose plan it is: loaded with the FHIR client, only when the planner plans for a chart patient.
const PatientBanner = lazy(() => import('./PatientBanner'));
// What the draft store has to say (saved, restored, offered, set aside, another tab) loads when it has
// something to say: an empty planner on a first visit says nothing.
// Follow-up visits (spec §9) load once there is a plan to follow: they bring IndexedDB and the FHIR client.
const FollowUpSection = lazy(() => import('../visits/FollowUpSection'));
const DraftStatusNote = lazy(() =>
  import('../../components/DraftStatusNote').then((module) => ({ default: module.DraftStatusNote })),
);

const SECTIONS = [
  { id: 'step-renal' },
  { id: 'step-regimen' },
  { id: 'step-meds' },
  { id: 'step-plan' },
] as const;

function scrollToSection(id: string) {
  const element = document.getElementById(id);
  element?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  element?.querySelector<HTMLElement>('h2, h3')?.focus();
}

/** Why there is no plan yet, in the clinician's words. */
function planNotReadyReason(model: PlannerModel): string | undefined {
  if (model.renalErrors.length > 0)
    return t('planner.notReady.renalErrors', {
      errors: model.renalErrors.map((error) => inputErrorWords(error)).join(' '),
    });
  if (!model.renal) return t('planner.notReady.renal');
  return model.planError
    ? t('planner.notReady.planError', { error: inputErrorWords(model.planError) })
    : undefined;
}

/**
 * The planner page. Arriving at an empty planner from a plan (the navigation's "Planner", Back) opens
 * it afresh, as a reload would: the saved draft is offered, never shown unasked.
 */
export function Planner({ link, deviceJson, href }: { link: PlannerLink; deviceJson: string; href: string }) {
  // Only an arrival counts: the planner's own edits (even one that empties every field) always write
  // its device state into the history entry; a navigation to "/planner" brings none.
  const arrived = deviceJson === 'null';
  const empty = arrived && Object.keys(link).length === 0;
  const [wasEmpty, setWasEmpty] = useState(empty);
  const [generation, setGeneration] = useState(0);
  if (empty !== wasEmpty) {
    setWasEmpty(empty);
    if (empty) setGeneration((count) => count + 1);
  }
  return <PlannerPage key={generation} link={link} deviceJson={deviceJson} href={href} />;
}

/** The planner: four steps, the plan, and the draft that keeps it; composed from the step features. */
function PlannerPage({ link, deviceJson, href }: { link: PlannerLink; deviceJson: string; href: string }) {
  const {
    state: search,
    notInLink,
    update,
    updateFrom,
    replaceAll,
  } = usePlannerState(link, deviceJson, href);
  // Both are undefined only while the pre-rendered page hydrates (empty planner, nothing to date).
  const today = useToday();
  const locale = useLocale();
  const chartToday = useClientValue(clinicalToday, undefined);
  const [confirmNew, setConfirmNew] = useState(false);

  const draft = useDraft({ search: search as Record<string, unknown>, restore: replaceAll });

  const draftActions = {
    onLoadOtherTab: (fallback: Record<string, unknown>) => void draft.loadLatest(fallback),
    onKeepMine: () => void draft.keepMine(),
    onContinue: (saved: Record<string, unknown>, at: string) => draft.continueDraft(saved, at),
    onContinuePrevious: () => void draft.continuePrevious(),
    onStartEmpty: () => void draft.declineDraft(),
    onRestorePrevious: () => void draft.restorePrevious(),
    onDismiss: () => draft.setStatus({ kind: 'idle' }),
  };
  const hasInput = !isEmptyDraft(cleanState(search));
  // Fetch the plan's display while the clinician is still typing, so it is there when the plan is.
  // A failed fetch is reported by the plan panel's own error boundary when it renders.
  useEffect(() => {
    if (!hasInput) return;
    loadPlanDetails().catch(() => undefined);
    loadPlannerActions().catch(() => undefined);
  }, [hasInput]);

  const startDate = search.start ?? today;
  // An override reason is applied only once confirmed on this page (spec §4), whatever brought it.
  const confirmed = useSyncExternalStore(subscribeConfirmations, confirmedReasons, () => NO_CONFIRMATIONS);
  const model = useMemo(
    () => computePlanner(search, startDate, (reason) => confirmed.includes(reason)),
    [search, startDate, confirmed],
  );
  const hasPlan = Boolean(model.plan);
  // Once there is a plan, its start date goes into the link: a colleague opening it tomorrow must see
  // the same dates, not a plan silently shifted to their "today".
  useEffect(() => {
    if (hasPlan && !search.start) update({ start: startDate });
  }, [hasPlan, search.start, startDate, update]);
  const regimenId = search.regimen ?? DEFAULT_REGIMEN_ID;
  const patientName = useSyncExternalStore(
    subscribePatientLabels,
    () => (search.patient ? patientLabel(search.patient) : undefined),
    () => undefined,
  );
  // Accepting a visit's suggestion: the planner re-plans from the visit date at the dose taken, with the
  // visit's creatinine and new medicines (re-checked by the same pipeline as any edit).
  const replanFromVisit = useCallback(
    (replan: PlanInput, renalInput: RenalInput | undefined, newMedicines: string[]) =>
      updateFrom((latest) => ({
        mode: replan.mode === 'taper-only' ? 'taper-only' : 'replan',
        start: replan.startDate,
        current: replan.currentDoseMgPerDay,
        params: (replan.params ?? {}) as PlannerState['params'],
        ...(renalInput
          ? {
              scr: renalInput.creatinine.value,
              scrUnit: renalInput.creatinine.unit,
              scrDate: replan.startDate,
              unitConfirmed: renalInput.creatinine.unitConfirmed,
            }
          : {}),
        ...(newMedicines.length > 0 ? { meds: [...(latest.meds ?? []), ...newMedicines] } : {}),
      })),
    [updateFrom],
  );

  const stepsDone = [
    // The renal step is complete only once it has an answer the plan can use (not an open unit question).
    Boolean(model.renal && !model.renal.unitQuestion),
    Boolean(model.regimen) && !model.planError,
    // Reviewed: every entry recognised (an unrecognised one is for the clinician to check).
    model.interactions.unrecognized.length === 0,
    // Done only when it can be printed and saved: not blocked, every contraindication acknowledged.
    Boolean(model.plan && !model.plan.blocked && model.plan.unacknowledged.length === 0),
  ];
  const active = stepsDone.findIndex((done) => !done);

  return (
    <TypingScope.Provider value={search.patient ?? 'no-patient'}>
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap" gap="xs" className="no-print">
          <Stack gap={0}>
            <Title order={2}>{t('planner.title')}</Title>
            <Text size="sm" c="dark.5">
              {t('planner.intro')}
            </Text>
          </Stack>
          <Group gap="xs">
            {/* Space kept for the "saved" line, so its first appearance does not push the page down. */}
            <Box mih={20} w={{ base: '100%', sm: 'auto' }}>
              {draft.status.kind === 'saved' ? (
                <Suspense fallback={null}>
                  <DraftStatusNote status={draft.status} {...draftActions} />
                </Suspense>
              ) : null}
            </Box>
            <Button
              variant="default"
              leftSection={<IconFilePlus size={16} aria-hidden />}
              onClick={() => setConfirmNew(true)}
            >
              {t('planner.newPlan')}
            </Button>
          </Group>
        </Group>
        {draft.status.kind !== 'saved' && draft.status.kind !== 'idle' ? (
          <Suspense fallback={null}>
            <DraftStatusNote status={draft.status} {...draftActions} />
          </Suspense>
        ) : null}
        <LinkNotices link={link} notInLink={notInLink} />
        {search.patient ? (
          <PanelErrorBoundary
            panel={t('planner.panel.patient')}
            resetKey={search.patient}
            fallback={<PatientBannerError patientId={search.patient} />}
          >
            <Suspense fallback={<PatientBannerPending patientId={search.patient} />}>
              <WithQueryClient>
                <PatientBanner patientId={search.patient} />
              </WithQueryClient>
            </Suspense>
          </PanelErrorBoundary>
        ) : null}

        <Stepper
          active={active === -1 ? SECTIONS.length : active}
          onStepClick={(index) => scrollToSection(SECTIONS[index]?.id ?? 'step-renal')}
          size="sm"
          className="no-print"
          visibleFrom="sm"
          aria-label={t('planner.steps')}
        >
          {SECTIONS.map((section, index) => (
            <Stepper.Step
              key={section.id}
              label={t(`planner.section.${section.id}`)}
              description={t(`planner.section.${section.id}.description`)}
              completedIcon={undefined}
              aria-label={
                stepsDone[index]
                  ? t('planner.section.complete', { label: t(`planner.section.${section.id}`) })
                  : t(`planner.section.${section.id}`)
              }
            />
          ))}
        </Stepper>

        {/* One reading and tab order on every width — 1 · renal, 2 · regimen, 3 · medications — laid out
          in two columns on wide screens by CSS grid areas, not by reordering the markup. */}
        {/* "Print" prints the plan (banner, summary, chart, schedule, findings), not the form. */}
        <div className="planner-steps no-print">
          <Card withBorder id="step-renal" component="section" aria-labelledby="step-renal-title">
            <Title order={2} size="h4" mb="sm" id="step-renal-title" tabIndex={-1}>
              {t('planner.step1')}
            </Title>
            <PanelErrorBoundary panel={t('planner.panel.renal')} resetKey={JSON.stringify(model.renalInput)}>
              <RenalStep
                values={search}
                onChange={update}
                assessment={model.renal}
                errors={model.renalErrors}
                missing={model.missingRenalFields}
                today={chartToday}
              />
            </PanelErrorBoundary>
          </Card>
          <Card withBorder id="step-regimen" component="section" aria-labelledby="step-regimen-title">
            <Title order={2} size="h4" mb="sm" id="step-regimen-title" tabIndex={-1}>
              {t('planner.step2')}
            </Title>
            <PanelErrorBoundary panel={t('planner.panel.regimen')} resetKey={regimenId}>
              <RegimenStep
                regimenId={regimenId}
                regimen={model.regimen}
                search={search}
                startDate={startDate}
                onChange={update}
                planErrors={model.planErrors}
                targetNote={targetNote(model.plan)}
              />
            </PanelErrorBoundary>
          </Card>
          <Card withBorder id="step-meds" component="section" aria-labelledby="step-meds-title">
            <Title order={2} size="h4" mb="sm" id="step-meds-title" tabIndex={-1}>
              {t('planner.step3')}
            </Title>
            <PanelErrorBoundary
              panel={t('planner.panel.meds')}
              resetKey={JSON.stringify([search.meds, search.conds])}
            >
              <MedsStep
                medications={model.medications}
                conditions={model.conditions}
                interactions={model.interactions}
                onChange={update}
              />
            </PanelErrorBoundary>
          </Card>
        </div>

        <Card
          withBorder
          id="step-plan"
          component="section"
          aria-labelledby="step-plan-title"
          className="plan-step"
        >
          <Title order={2} size="h4" mb="sm" id="step-plan-title" tabIndex={-1}>
            {t('planner.step4')}
          </Title>
          <CatchingUpVeil />
          <PlanSection
            search={search}
            model={model}
            notReadyReason={planNotReadyReason(model)}
            update={update}
            updateFrom={updateFrom}
            locale={locale}
          />
        </Card>

        {model.plan && !model.plan.blocked && model.planInput && (search.patient || search.followUp) ? (
          <Card
            withBorder
            id="step-follow-up"
            component="section"
            aria-labelledby="step-follow-up-title"
            className="no-print"
          >
            <Title order={2} size="h4" mb="sm" id="step-follow-up-title" tabIndex={-1}>
              {t('planner.step5')}
            </Title>
            <PanelErrorBoundary
              panel={t('planner.panel.followUp')}
              resetKey={search.patient ?? search.followUp ?? ''}
            >
              <Suspense fallback={<Text size="sm">{t('planner.loadingFollowUp')}</Text>}>
                <WithQueryClient>
                  <FollowUpSection
                    subjectKey={
                      search.patient ? `patient:${search.patient}` : `plan:${search.followUp ?? ''}`
                    }
                    {...(search.patient ? { patientId: search.patient } : {})}
                    whose={
                      search.patient
                        ? (patientName ?? t('planner.followUp.whoseChart', { id: search.patient }))
                        : t('planner.followUp.whoseDevice')
                    }
                    planInput={model.planInput}
                    plan={model.plan}
                    {...(model.renalInput ? { renalInput: model.renalInput } : {})}
                    {...(search.sex ? { sex: search.sex } : {})}
                    {...(locale ? { locale } : {})}
                    onReplan={replanFromVisit}
                  />
                </WithQueryClient>
              </Suspense>
            </PanelErrorBoundary>
          </Card>
        ) : model.plan && !model.plan.blocked && !search.patient ? (
          <Group className="no-print">
            <Button variant="default" onClick={() => update({ followUp: crypto.randomUUID() })}>
              {t('planner.followUp.start')}
            </Button>
            <Text size="xs" c="dark.5">
              {t('planner.followUp.startNote')}
            </Text>
          </Group>
        ) : null}

        <LazyModal
          opened={confirmNew}
          onClose={() => setConfirmNew(false)}
          title={t('planner.confirmNew.title')}
          closeButtonProps={{ 'aria-label': t('planner.cancel') }}
        >
          <Stack gap="sm">
            <Text size="sm">{t('planner.confirmNew.body')}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirmNew(false)}>
                {t('planner.cancel')}
              </Button>
              <Button
                onClick={async () => {
                  await draft.setAside();
                  setConfirmNew(false);
                  replaceAll({}, false);
                }}
              >
                {t('planner.confirmNew.submit')}
              </Button>
            </Group>
          </Stack>
        </LazyModal>
        {!hasInput ? (
          <Group>
            <Button variant="subtle" size="xs" onClick={() => void draft.restorePrevious()}>
              {t('planner.restorePrevious')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </TypingScope.Provider>
  );
}
