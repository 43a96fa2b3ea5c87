import { lazy, Suspense, type ReactNode } from 'react';
import { Alert, Skeleton } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import type { Plan, Product } from '../../rules';
import { loadPlanDetails } from './loadPlanDetails';
import type { PlanDetailsProps } from './PlanDetails';
import { t } from '../../i18n';

// The plan's display (summary, schedule table, findings, override form, export buttons) is only
// needed once a plan exists, so an empty planner does not download it.
const PlanDetails = lazy(loadPlanDetails);

interface Props {
  plan?: Plan;
  /** Why there is no plan yet (missing renal data, an input error), in the clinician's words. */
  notReadyReason?: string;
  product?: Product;
  regimenCapMgPerDay: number;
  overrideReasons: PlanDetailsProps['overrideReasons'];
  pendingOverrides: PlanDetailsProps['pendingOverrides'];
  onOverride: PlanDetailsProps['onOverride'];
  onAcknowledge: PlanDetailsProps['onAcknowledge'];
  offers: PlanDetailsProps['offers'];
  onApplyOffer: PlanDetailsProps['onApplyOffer'];
  locale?: string;
  /** Export and save buttons, supplied by the page. */
  actions?: ReactNode;
}

/** Step 4 — the plan, or why there is none yet. */
export function PlanPanel({ plan, notReadyReason, product, ...details }: Props) {
  if (!plan || !product) {
    return (
      <Alert color="gray" icon={<IconInfoCircle aria-hidden />} title={t('plan.none.title')}>
        {notReadyReason ?? t('plan.none.body')}
      </Alert>
    );
  }
  return (
    <Suspense fallback={<Skeleton height={240} role="status" aria-label={t('plan.loading')} />}>
      <PlanDetails plan={plan} product={product} {...details} />
    </Suspense>
  );
}
