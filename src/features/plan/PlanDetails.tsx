import { lazy, Suspense, type ReactNode } from 'react';
import { Alert, Button, Card, Divider, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { Finding, Plan, PlanOffer, Product } from '../../rules';
import { FindingsList } from '../../components/FindingsList';
import { PanelErrorBoundary } from '../../components/PanelErrorBoundary';
import { OverrideForm } from './OverrideForm';
import { OverrideBanner } from './OverrideBanner';
import { AcknowledgeForm } from './AcknowledgeForm';
import { DoseProfileOverride } from './DoseProfileOverride';
import { PlanSummaryCard, stepsFor } from './PlanSummaryCard';
import { ExplainButton } from '../../components/ExplainButton';
import { ScheduleTable } from './ScheduleTable';
import { t } from '../../i18n';
import { formatPlainNumber } from '../../lib/format';

// Recharts is the heaviest part of the planner; it loads after the plan is shown.
const PlanChart = lazy(() => import('./PlanChart'));

/** How each dose of the schedule comes about: start, steps, intervals, the taper and its pace. */
const SCHEDULE_RULES = [
  'plan.current-dose',
  'plan.start',
  'plan.step',
  'plan.step-interval',
  'plan.taper-step',
  'plan.taper-interval',
  'plan.unit',
];

export type OverrideKind = 'renal' | 'doseProfile';

export interface PlanDetailsProps {
  plan: Plan;
  product: Product;
  regimenCapMgPerDay: number;
  /** Applied override reasons (confirmed on this page), one per hard stop. */
  overrideReasons: Partial<Record<OverrideKind, string>>;
  /** Reasons that came with the link or a draft and wait for confirmation here. */
  pendingOverrides: { kind: OverrideKind; reason: string }[];
  onOverride: (kind: OverrideKind, reason: string | undefined) => void;
  onAcknowledge: (finding: Finding, reason: string) => void;
  offers: PlanOffer[];
  onApplyOffer: (offer: PlanOffer) => void;
  locale?: string;
  /** Export and save buttons, supplied by the page. */
  actions?: ReactNode;
}

const UNIT_QUESTION_BLOCK = 'plan.blocked-unit-question';

/** A built plan: override handling, summary, chart, schedule and the plan's findings. */
export default function PlanDetails({
  plan,
  product,
  regimenCapMgPerDay,
  overrideReasons,
  pendingOverrides,
  onOverride,
  onAcknowledge,
  offers,
  onApplyOffer,
  locale,
  actions,
}: PlanDetailsProps) {
  const hardStops = plan.findings.filter((finding) => finding.severity === 'hard-stop');
  const has = (ruleId: string) => plan.findings.some((finding) => finding.ruleId === ruleId);
  const pending = (kind: OverrideKind) => pendingOverrides.find((item) => item.kind === kind)?.reason;
  const unitQuestion = has(UNIT_QUESTION_BLOCK);
  const profileCap = plan.findings.filter((finding) => finding.ruleId === 'profile.fr-2018');
  return (
    <Stack gap="md">
      {has('plan.override-renal') && overrideReasons.renal ? (
        <OverrideBanner
          title={t('override.banner.renal')}
          reason={overrideReasons.renal}
          onRemove={() => onOverride('renal', undefined)}
        />
      ) : null}
      {has('plan.override-dose-profile') && overrideReasons.doseProfile ? (
        <OverrideBanner
          title={t('override.banner.profile')}
          reason={overrideReasons.doseProfile}
          onRemove={() => onOverride('doseProfile', undefined)}
        />
      ) : null}
      {plan.blocked && unitQuestion ? (
        <Alert color="red" variant="light" title={t('plan.unitBlock.title')} role="alert">
          <Text size="sm">{t('plan.unitBlock.body')}</Text>
        </Alert>
      ) : null}
      {plan.blocked && !unitQuestion ? (
        <OverrideForm
          key={pending('renal') ?? 'renal'}
          hardStops={hardStops}
          pendingReason={pending('renal')}
          onOverride={(reason) => onOverride('renal', reason)}
        />
      ) : null}
      {!plan.blocked && profileCap.length > 0 ? (
        <DoseProfileOverride
          key={pending('doseProfile') ?? 'doseProfile'}
          findings={profileCap}
          pendingReason={pending('doseProfile')}
          onOverride={(reason) => onOverride('doseProfile', reason)}
        />
      ) : null}
      {plan.unacknowledged.map((finding) => (
        <AcknowledgeForm
          key={`${finding.ruleId}|${finding.subject ?? ''}`}
          finding={finding}
          onAcknowledge={(reason) => {
            onAcknowledge(finding, reason);
            // The form goes away with the acknowledgement: focus the summary, where print and export
            // now are, rather than leave it on the page's body.
            window.requestAnimationFrame(() => document.getElementById('plan-summary-title')?.focus());
          }}
        />
      ))}
      {!plan.blocked && offers.length > 0 ? (
        <Card withBorder padding="sm">
          <Stack gap="xs">
            {offers.map((offer) => (
              <Group key={offer.ruleId} justify="space-between" wrap="wrap" gap="xs">
                <Text size="sm">{offer.title}</Text>
                <Button
                  size="xs"
                  variant="light"
                  onClick={() => {
                    onApplyOffer(offer);
                    // The offer (and this button) goes once applied: focus the rebuilt plan, not the page body.
                    window.requestAnimationFrame(() =>
                      document.getElementById('plan-summary-title')?.focus(),
                    );
                  }}
                >
                  {t(
                    offer.ruleId === 'plan.practical-tablets'
                      ? 'plan.offer.switchProduct'
                      : 'plan.offer.cautious',
                  )}
                </Button>
              </Group>
            ))}
          </Stack>
        </Card>
      ) : null}
      {!plan.blocked ? (
        <>
          <Group justify="space-between" wrap="wrap">
            <Title order={3} size="h4" id="plan-summary-title" tabIndex={-1}>
              {t('plan.summary')}
            </Title>
            <Group gap="xs" className="no-print">
              {actions}
            </Group>
          </Group>
          <PlanSummaryCard plan={plan} product={product} locale={locale} />
          <Divider />
          <Title order={3} size="h4">
            {t('plan.doseOverTime')}
          </Title>
          <PanelErrorBoundary panel={t('plan.panel.chart')} resetKey={String(plan.days.length)}>
            <Suspense fallback={<Skeleton height={320} role="status" aria-label={t('plan.loadingChart')} />}>
              <PlanChart plan={plan} regimenCapMgPerDay={regimenCapMgPerDay} locale={locale} />
            </Suspense>
          </PanelErrorBoundary>
          <Group gap="xs" align="baseline">
            <Title order={3} size="h4">
              {t('plan.schedule')}
            </Title>
            <ExplainButton subject={t('plan.explain.schedule')} steps={stepsFor(plan, SCHEDULE_RULES)} />
          </Group>
          <PanelErrorBoundary panel={t('plan.panel.schedule')} resetKey={String(plan.days.length)}>
            <ScheduleTable days={plan.days} product={product} locale={locale} />
          </PanelErrorBoundary>
        </>
      ) : null}
      <Card withBorder padding="sm">
        <Title order={3} size="h4" mb="xs">
          {t('plan.findings')}
        </Title>
        <FindingsList
          findings={
            // Unit first: renal findings computed from a doubtful unit wait for the answer.
            unitQuestion
              ? plan.findings.filter(
                  (finding) =>
                    !finding.ruleId.startsWith('renal.') || finding.ruleId === 'renal.unit-unconfirmed',
                )
              : plan.findings
          }
          emptyText={t('plan.findings.none')}
        />
        <Text size="xs" c="dark.5" mt="xs">
          {t('plan.rulesetNote', {
            version: plan.rulesetVersion ?? '',
            mg: formatPlainNumber(product.unitMg, locale),
          })}
        </Text>
      </Card>
    </Stack>
  );
}
