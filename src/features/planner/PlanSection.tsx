import { createContext, lazy, memo, Suspense, useContext } from 'react';
import { Loader } from '@mantine/core';
import { getProduct, type RegimenParams } from '../../rules';
import type { PlannerModel } from '../../lib/plannerModel';
import type { PlannerState } from '../../lib/plannerLink';
import { confirmOverride } from '../../lib/overrideConfirmations';
import { PanelErrorBoundary } from '../../components/PanelErrorBoundary';
import { PlanPanel } from '../../features/plan/PlanPanel';

const PlannerActions = lazy(() =>
  import('./PlannerActions').then((module) => ({ default: module.PlannerActions })),
);

/**
 * The model of what is typed now (not the deferred one the plan is drawn from): print, export and save
 * act on it, so a click right after a keystroke never exports the plan from before it. A context, so its
 * consumers update even while the memoised plan above them does not.
 */
export const LatestPlanner = createContext<
  { model: PlannerModel; patientId: string | undefined } | undefined
>(undefined);

function LatestPlannerActions({ locale }: { locale: string | undefined }) {
  const latest = useContext(LatestPlanner);
  return latest ? <PlannerActions model={latest.model} patientId={latest.patientId} locale={locale} /> : null;
}

interface Props {
  /** The planner's state and model as of the last deferred render (they change together). */
  search: PlannerState;
  model: PlannerModel;
  notReadyReason: string | undefined;
  /** Stable (usePlannerState): a new function would make every keystroke re-render the plan. */
  update: (patch: Partial<PlannerState>) => void;
  updateFrom: (patchOf: (latest: PlannerState) => Partial<PlannerState>) => void;
  locale: string | undefined;
}

/**
 * Step 4's content, the plan: drawn from deferred values, so a keystroke paints the field at once and the plan,
 * chart, schedule and findings follow in a render React may interrupt. Memoised: while the fields
 * change, the old plan's props are the same objects and nothing here re-renders.
 */
export const PlanSection = memo(function PlanSection({
  search,
  model,
  notReadyReason,
  update,
  updateFrom,
  locale,
}: Props) {
  const edits = (search.params ?? {}) as Partial<RegimenParams>;
  const productId = edits.product ?? model.regimen?.params.product ?? 'tablet-10-scored';
  const regimenCap = Math.min(edits.capMgPerDay ?? model.regimen?.params.capMgPerDay ?? 0, 300);
  return (
    <PanelErrorBoundary panel="The plan" resetKey={JSON.stringify(search)}>
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
          <PanelErrorBoundary panel="Export and save" resetKey={JSON.stringify(search)}>
            <Suspense fallback={<Loader size="xs" role="status" aria-label="Loading export buttons" />}>
              <LatestPlannerActions locale={locale} />
            </Suspense>
          </PanelErrorBoundary>
        }
      />
    </PanelErrorBoundary>
  );
});
