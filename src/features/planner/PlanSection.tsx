import { createContext, lazy, Suspense, useContext, type ReactNode } from 'react';
import { Loader } from '@mantine/core';
import { getProduct, type RegimenParams } from '../../rules';
import type { PlannerModel } from '../../lib/plannerModel';
import type { PlannerState } from '../../lib/plannerLink';
import { confirmOverride } from '../../lib/overrideConfirmations';
import { PanelErrorBoundary } from '../../components/PanelErrorBoundary';
import { PlanPanel } from '../../features/plan/PlanPanel';
import { t } from '../../i18n';

const PlannerActions = lazy(() =>
  import('./PlannerActions').then((module) => ({ default: module.PlannerActions })),
);

/**
 * True while the planner shows an older state than the one just typed (the route renders the page
 * deferred). Provided by the route, read only by small leaves: a context reaches them at once while the
 * page above them waits for its deferred render.
 */
export const PlannerCatchingUp = createContext(false);

/**
 * Print, export and save act on the plan on screen. While the page is catching up with a keystroke,
 * that plan is one key old: the buttons wait (a few hundred ms at most), so a click right after typing
 * never prints the plan from before it. Only this fieldset re-renders: its children were made by the
 * page's last render and are the same elements.
 */
function WhileCurrent({ children }: { children: ReactNode }) {
  const catchingUp = useContext(PlannerCatchingUp);
  return (
    <fieldset
      disabled={catchingUp}
      aria-busy={catchingUp}
      aria-label={t('planner.actions')}
      className="plan-actions"
    >
      {catchingUp ? <span className="plan-actions-updating">{t('planner.actions.updating')}</span> : null}
      {children}
    </fieldset>
  );
}

/** Dims the plan while it is behind the keys, drawn over it, so the plan itself is not re-rendered. */
export function CatchingUpVeil() {
  return useContext(PlannerCatchingUp) ? <div className="plan-veil" aria-hidden /> : null;
}

interface Props {
  /** The planner's state and the model computed from it. */
  search: PlannerState;
  model: PlannerModel;
  notReadyReason: string | undefined;
  /** From usePlannerState (stable). */
  update: (patch: Partial<PlannerState>) => void;
  updateFrom: (patchOf: (latest: PlannerState) => Partial<PlannerState>) => void;
  locale: string | undefined;
}

/** Step 4's content: the plan, its offers, overrides and acknowledgements, and its actions. */
export function PlanSection({ search, model, notReadyReason, update, updateFrom, locale }: Props) {
  const edits = (search.params ?? {}) as Partial<RegimenParams>;
  const productId = edits.product ?? model.regimen?.params.product ?? 'tablet-10-scored';
  const regimenCap = Math.min(edits.capMgPerDay ?? model.regimen?.params.capMgPerDay ?? 0, 300);
  return (
    <PanelErrorBoundary panel={t('planner.panel.plan')} resetKey={JSON.stringify(search)}>
      <PlanPanel
        plan={model.plan}
        notReadyReason={notReadyReason}
        product={getProduct(productId)}
        regimenCapMgPerDay={regimenCap}
        overrideReasons={{
          ...(search.override ? { renal: search.override } : {}),
          ...(search.profileOverride ? { doseProfile: search.profileOverride } : {}),
        }}
        pendingOverrides={model.pendingOverrides}
        onOverride={(kind, reason) => {
          if (reason) confirmOverride(reason);
          update(kind === 'renal' ? { override: reason } : { profileOverride: reason });
        }}
        onAcknowledge={(finding, reason) =>
          updateFrom((latest) => ({
            acks: [
              ...(latest.acks ?? []),
              { ruleId: finding.ruleId, ...(finding.subject ? { subject: finding.subject } : {}), reason },
            ],
          }))
        }
        offers={model.offers}
        onApplyOffer={(offer) =>
          updateFrom((latest) => ({ params: { ...(latest.params ?? {}), ...offer.params } }))
        }
        locale={locale}
        actions={
          // Their own boundary: if the buttons' code cannot load, the plan itself still shows.
          <PanelErrorBoundary panel={t('planner.panel.export')} resetKey={JSON.stringify(search)}>
            <Suspense fallback={<Loader size="xs" role="status" aria-label={t('planner.loadingExport')} />}>
              <WhileCurrent>
                <PlannerActions
                  model={model}
                  patientId={search.patient}
                  followUpKey={
                    search.patient
                      ? `patient:${search.patient}`
                      : search.followUp
                        ? `plan:${search.followUp}`
                        : undefined
                  }
                  locale={locale}
                />
              </WhileCurrent>
            </Suspense>
          </PanelErrorBoundary>
        }
      />
    </PanelErrorBoundary>
  );
}
