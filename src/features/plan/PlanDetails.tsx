import { lazy, Suspense, type ReactNode } from 'react';
import { Card, Divider, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { Plan, Product } from '../../rules';
import { FindingsList } from '../../components/FindingsList';
import { PanelErrorBoundary } from '../../components/PanelErrorBoundary';
import { OverrideForm } from './OverrideForm';
import { OverrideBanner } from './OverrideBanner';
import { PlanSummaryCard } from './PlanSummaryCard';
import { ScheduleTable } from './ScheduleTable';

// Recharts is the heaviest part of the planner; it loads after the plan is shown.
const PlanChart = lazy(() => import('./PlanChart'));

export interface PlanDetailsProps {
  plan: Plan;
  product: Product;
  regimenCapMgPerDay: number;
  overrideReason?: string;
  onOverride: (reason: string | undefined) => void;
  locale?: string;
  /** Export and save buttons, supplied by the page. */
  actions?: ReactNode;
}

/** A built plan: override handling, summary, chart, schedule and the plan's findings. */
export default function PlanDetails({
  plan,
  product,
  regimenCapMgPerDay,
  overrideReason,
  onOverride,
  locale,
  actions,
}: PlanDetailsProps) {
  const hardStops = plan.findings.filter((finding) => finding.severity === 'hard-stop');
  const overridden = plan.findings.some((finding) => finding.ruleId === 'plan.override');
  return (
    <Stack gap="md">
      {overridden && overrideReason ? (
        <OverrideBanner reason={overrideReason} onRemove={() => onOverride(undefined)} />
      ) : null}
      {plan.blocked ? <OverrideForm hardStops={hardStops} onOverride={onOverride} /> : null}
      {!plan.blocked ? (
        <>
          <Group justify="space-between" wrap="wrap">
            <Title order={3} size="h4">
              Plan summary
            </Title>
            <Group gap="xs" className="no-print">
              {actions}
            </Group>
          </Group>
          <PlanSummaryCard plan={plan} product={product} locale={locale} />
          <Divider />
          <Title order={3} size="h4">
            Dose over time
          </Title>
          <PanelErrorBoundary panel="The chart" resetKey={String(plan.days.length)}>
            <Suspense fallback={<Skeleton height={320} role="status" aria-label="Loading chart" />}>
              <PlanChart plan={plan} regimenCapMgPerDay={regimenCapMgPerDay} locale={locale} />
            </Suspense>
          </PanelErrorBoundary>
          <Title order={3} size="h4">
            Schedule
          </Title>
          <PanelErrorBoundary panel="The schedule" resetKey={String(plan.days.length)}>
            <ScheduleTable days={plan.days} product={product} locale={locale} />
          </PanelErrorBoundary>
        </>
      ) : null}
      <Card withBorder padding="sm">
        <Title order={3} size="h4" mb="xs">
          Plan warnings and monitoring
        </Title>
        <FindingsList findings={plan.findings} emptyText="No findings for this plan." />
        <Text size="xs" c="dark.5" mt="xs">
          Ruleset {plan.rulesetVersion ?? ''} · every dose is rounded to the product’s {product.unitMg} mg
          unit and never exceeds the cap.
        </Text>
      </Card>
    </Stack>
  );
}
