import type { ReactNode } from 'react';
import { Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ExplainStep, Plan, Product } from '../../rules';
import { formatDate } from '../../lib/format';
import { ExplainButton } from '../../components/ExplainButton';
import { paramChangeText } from '../../lib/paramWords';

function Figure({ label, value, children }: { label: string; value: string; children?: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dark.5">
        {label}
      </Text>
      <Group gap={4} align="baseline" wrap="nowrap">
        <Text fw={700} size="md" data-testid={`figure-${label}`}>
          {value}
        </Text>
        {children}
      </Group>
    </Stack>
  );
}

/** The plan's explanation steps for these rules, in the order given. */
export function stepsFor(plan: Plan, ruleIds: readonly string[]): ExplainStep[] {
  return ruleIds.flatMap((ruleId) => (plan.explain ?? []).filter((step) => step.ruleId === ruleId));
}

/** The numbers a prescriber and a pharmacist look for first; each explains how it was derived. */
export function PlanSummaryCard({
  plan,
  product,
  locale,
}: {
  plan: Plan;
  product: Product;
  locale?: string;
}) {
  const summary = plan.summary;
  const date = (iso: string | null | undefined) => (iso ? formatDate(iso, locale) : '—');

  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Figure label="Cap (renal-adjusted)" value={`${plan.capMgPerDay} mg/day`}>
          <ExplainButton subject="the cap" steps={stepsFor(plan, ['plan.cap', 'plan.unit'])} />
        </Figure>
        <Figure label="Target" value={`${plan.targetMgPerDay} mg/day`}>
          <ExplainButton subject="the target" steps={stepsFor(plan, ['plan.target', 'plan.cap'])} />
        </Figure>
        <Figure label="Highest planned dose" value={`${summary?.maxMgPerDay ?? '—'} mg/day`} />
        <Figure
          label="Days to target"
          value={
            summary?.daysToTarget === null || summary?.daysToTarget === undefined
              ? '—'
              : `${summary.daysToTarget}`
          }
        >
          <ExplainButton
            subject="the days to target"
            steps={stepsFor(plan, ['plan.days-to-target', 'plan.start', 'plan.step', 'plan.step-interval'])}
          />
        </Figure>
        <Figure label="Start" value={date(plan.days[0]?.date)} />
        <Figure
          label="Maintenance"
          value={
            summary?.maintenanceStart
              ? `${date(summary.maintenanceStart)} – ${date(summary.maintenanceEnd)}`
              : '—'
          }
        />
        {summary?.taperEnd ? (
          <Figure label="Taper ends (last dose day 0 mg)" value={date(summary.taperEnd)} />
        ) : (
          <Figure label="Review on" value={date(summary?.reviewDate)} />
        )}
        <Figure label="Product" value={`${product.unitMg} mg units`}>
          <Text size="xs" c="dark.5">
            {product.label}
          </Text>
        </Figure>
      </SimpleGrid>
      {summary && summary.dispense.length > 0 ? (
        <Text size="sm">
          <Text span fw={600} size="sm">
            To dispense for the whole plan:
          </Text>{' '}
          {summary.dispense
            .map((line) =>
              line.unit === 'mL'
                ? `${line.count} mL of ${line.strengthMg} mg/mL solution`
                : `${line.count} × ${line.strengthMg} mg tablets`,
            )
            .join(' + ')}{' '}
          <ExplainButton
            subject="the tablets to dispense"
            steps={stepsFor(plan, ['plan.dispense', 'plan.unit'])}
          />
        </Text>
      ) : null}
      {summary && summary.changedParams.length > 0 ? (
        <Text size="sm">
          <Text span fw={600} size="sm">
            Changed from the regimen:
          </Text>{' '}
          {summary.changedParams.map(paramChangeText).join('; ')}
        </Text>
      ) : null}
    </Stack>
  );
}
