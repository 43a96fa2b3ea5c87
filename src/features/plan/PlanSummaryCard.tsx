import type { ReactNode } from 'react';
import { Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ExplainStep, Plan, Product } from '../../rules';
import { formatDate, formatPlainNumber } from '../../lib/format';
import { ExplainButton } from '../../components/ExplainButton';
import { paramChangeText } from '../../lib/paramWords';
import { t } from '../../i18n';

type FigureName =
  'cap' | 'target' | 'max' | 'daysToTarget' | 'start' | 'maintenance' | 'taperEnds' | 'review' | 'product';

// The test ids stay in English words, whatever the screen's language.
const TEST_ID: Partial<Record<FigureName, string>> = { cap: 'Cap (renal-adjusted)' };

function Figure({ name, value, children }: { name: FigureName; value: string; children?: ReactNode }) {
  const label = t(`plan.figure.${name}`);
  return (
    <Stack gap={0}>
      <Text size="xs" c="dark.5">
        {label}
      </Text>
      <Group gap={4} align="baseline" wrap="nowrap">
        <Text fw={700} size="md" data-testid={`figure-${TEST_ID[name] ?? name}`}>
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
  const mgPerDay = (dose: number | undefined) =>
    t('plan.mgPerDay', { dose: dose === undefined ? '—' : formatPlainNumber(dose, locale) });

  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Figure name="cap" value={mgPerDay(plan.capMgPerDay)}>
          <ExplainButton subject={t('plan.explain.cap')} steps={stepsFor(plan, ['plan.cap', 'plan.unit'])} />
        </Figure>
        <Figure name="target" value={mgPerDay(plan.targetMgPerDay)}>
          <ExplainButton
            subject={t('plan.explain.target')}
            steps={stepsFor(plan, ['plan.target', 'plan.cap'])}
          />
        </Figure>
        <Figure name="max" value={mgPerDay(summary?.maxMgPerDay)} />
        <Figure
          name="daysToTarget"
          value={
            summary?.daysToTarget === null || summary?.daysToTarget === undefined
              ? '—'
              : `${summary.daysToTarget}`
          }
        >
          <ExplainButton
            subject={t('plan.explain.daysToTarget')}
            steps={stepsFor(plan, ['plan.days-to-target', 'plan.start', 'plan.step', 'plan.step-interval'])}
          />
        </Figure>
        <Figure name="start" value={date(plan.days[0]?.date)} />
        <Figure
          name="maintenance"
          value={
            summary?.maintenanceStart
              ? t('plan.dateRange', {
                  from: date(summary.maintenanceStart),
                  to: date(summary.maintenanceEnd),
                })
              : '—'
          }
        />
        {summary?.taperEnd ? (
          <Figure name="taperEnds" value={date(summary.taperEnd)} />
        ) : (
          <Figure name="review" value={date(summary?.reviewDate)} />
        )}
        <Figure
          name="product"
          value={t('plan.productUnits', { mg: formatPlainNumber(product.unitMg, locale) })}
        >
          <Text size="xs" c="dark.5">
            {product.label}
          </Text>
        </Figure>
      </SimpleGrid>
      {summary && summary.dispense.length > 0 ? (
        <Text size="sm">
          <Text span fw={600} size="sm">
            {t('plan.dispense')}
          </Text>{' '}
          {summary.dispense
            .map((line) =>
              line.unit === 'mL'
                ? t('plan.dispense.solution', {
                    count: formatPlainNumber(line.count, locale),
                    mg: formatPlainNumber(line.strengthMg, locale),
                  })
                : t('plan.dispense.tablets', {
                    count: formatPlainNumber(line.count, locale),
                    mg: formatPlainNumber(line.strengthMg, locale),
                  }),
            )
            .join(' + ')}{' '}
          <ExplainButton
            subject={t('plan.explain.dispense')}
            steps={stepsFor(plan, ['plan.dispense', 'plan.unit'])}
          />
        </Text>
      ) : null}
      {summary && summary.changedParams.length > 0 ? (
        <Text size="sm">
          <Text span fw={600} size="sm">
            {t('plan.changedParams')}
          </Text>{' '}
          {summary.changedParams.map(paramChangeText).join('; ')}
        </Text>
      ) : null}
    </Stack>
  );
}
