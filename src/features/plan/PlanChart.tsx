import { useMemo, useState } from 'react';
import { Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import {
  Area,
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import { DOSE_THRESHOLDS, type Plan, type PlanDay } from '../../rules';
import { formatDayDate, formatPlainNumber } from '../../lib/format';
import { administrationLabel, phaseLabel } from '../../lib/schedule';
import { t } from '../../i18n';

const PHASE_FILL: Record<PlanDay['phase'], string> = {
  titration: '#e7f0fb',
  maintenance: '#e6f6ee',
  hold: '#fff1db',
  taper: '#f3e8fb',
};
const ADMIN_COLORS = ['#1c4f8a', '#2f9e44', '#e8590c', '#7048e8'];

interface Props {
  plan: Plan;
  /** The regimen's cap before the renal factor, drawn when it differs from the plan's cap. */
  regimenCapMgPerDay: number;
  locale?: string;
}

interface Row {
  day: number;
  date: string;
  phase: PlanDay['phase'];
  totalMg: number;
  [administration: string]: number | string;
}

function phaseSpans(days: readonly PlanDay[]): { phase: PlanDay['phase']; from: number; to: number }[] {
  const spans: { phase: PlanDay['phase']; from: number; to: number }[] = [];
  for (const day of days) {
    const last = spans.at(-1);
    if (last && last.phase === day.phase) last.to = day.day;
    else spans.push({ phase: day.phase, from: day.day, to: day.day });
  }
  return spans;
}

function PlanTooltip({ active, payload, locale }: TooltipContentProps<number, string> & { locale?: string }) {
  const row = payload?.[0]?.payload as Row | undefined;
  if (!active || !row) return null;
  const labels = Object.keys(row).filter((key) => !['day', 'date', 'phase', 'totalMg'].includes(key));
  return (
    <Paper withBorder shadow="sm" p="xs">
      <Text size="xs" fw={700}>
        {t('chart.plan.tooltip.day', { day: row.day, date: formatDayDate(row.date, locale) })}
      </Text>
      <Text size="xs">
        {t('chart.plan.tooltip.total', {
          phase: phaseLabel(row.phase),
          mg: formatPlainNumber(row.totalMg, locale),
        })}
      </Text>
      {labels.map((label) => (
        <Text size="xs" key={label}>
          {t('chart.plan.tooltip.admin', {
            label: administrationLabel(label),
            mg: formatPlainNumber(Number(row[label]), locale),
          })}
        </Text>
      ))}
    </Paper>
  );
}

/**
 * Daily dose over time with phases shaded and the caps and dose thresholds drawn as labelled lines;
 * or the same days stacked by time of day. The schedule table beside it is the text alternative.
 */
export default function PlanChart({ plan, regimenCapMgPerDay, locale }: Props) {
  const [view, setView] = useState<'total' | 'stacked'>('total');
  const labels = plan.days[0]?.administrations.map((admin) => admin.label) ?? [];
  const rows = useMemo<Row[]>(
    () =>
      plan.days.map((day) => {
        const row: Row = { day: day.day, date: day.date, phase: day.phase, totalMg: day.totalMg };
        for (const admin of day.administrations) row[admin.label] = admin.mg;
        return row;
      }),
    [plan.days],
  );
  const maxDose = Math.max(plan.capMgPerDay, ...plan.days.map((day) => day.totalMg));
  const yMax = Math.max(10, Math.ceil((maxDose * 1.25) / 10) * 10);
  const visibleThresholds = DOSE_THRESHOLDS.filter((threshold) => threshold.mgPerDay <= yMax);
  const hiddenThresholds = DOSE_THRESHOLDS.filter((threshold) => threshold.mgPerDay > yMax);
  const spans = phaseSpans(plan.days);
  const showRegimenCap = regimenCapMgPerDay !== plan.capMgPerDay && regimenCapMgPerDay <= yMax;

  return (
    <Stack gap="xs">
      <Group justify="space-between" wrap="wrap">
        <SegmentedControl
          size="xs"
          aria-label={t('chart.plan.view')}
          value={view}
          onChange={(value) => setView(value === 'stacked' ? 'stacked' : 'total')}
          data={[
            { value: 'total', label: t('chart.plan.view.total') },
            { value: 'stacked', label: t('chart.plan.view.stacked') },
          ]}
        />
        <Group gap="sm">
          {spans
            .filter((span, index, all) => all.findIndex((other) => other.phase === span.phase) === index)
            .map((span) => (
              <Group gap={4} key={span.phase}>
                <span
                  aria-hidden
                  style={{
                    width: 12,
                    height: 12,
                    background: PHASE_FILL[span.phase],
                    border: '1px solid #adb5bd',
                  }}
                />
                <Text size="xs">{phaseLabel(span.phase)}</Text>
              </Group>
            ))}
        </Group>
      </Group>
      <div
        role="img"
        aria-label={t('chart.plan.label', {
          days: plan.days.length,
          max: formatPlainNumber(maxDose, locale),
          cap: formatPlainNumber(plan.capMgPerDay, locale),
        })}
        style={{ width: '100%', height: 320 }}
      >
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={rows} margin={{ top: 16, right: 24, bottom: 8, left: 0 }} accessibilityLayer>
            <CartesianGrid strokeDasharray="3 3" stroke="#dee2e6" />
            {spans.map((span) => (
              <ReferenceArea
                key={`${span.phase}-${span.from}`}
                x1={span.from}
                x2={span.to}
                fill={PHASE_FILL[span.phase]}
                fillOpacity={0.9}
                ifOverflow="visible"
              />
            ))}
            <XAxis
              dataKey="day"
              type="number"
              domain={[1, Math.max(2, plan.days.length)]}
              tickCount={8}
              label={{
                value: t('chart.plan.axisDay'),
                position: 'insideBottomRight',
                offset: -4,
                fontSize: 12,
              }}
              fontSize={12}
            />
            <YAxis
              domain={[0, yMax]}
              fontSize={12}
              label={{ value: t('chart.plan.axisDose'), angle: -90, position: 'insideLeft', fontSize: 12 }}
            />
            <Tooltip
              content={(props) => (
                <PlanTooltip {...(props as TooltipContentProps<number, string>)} locale={locale} />
              )}
            />
            {view === 'total' ? (
              <Area
                type="stepAfter"
                dataKey="totalMg"
                name={t('chart.plan.dailyDose')}
                stroke="#1c4f8a"
                strokeWidth={2}
                fill="#1c4f8a"
                fillOpacity={0.15}
                isAnimationActive={false}
              />
            ) : (
              labels.map((label, index) => (
                <Bar
                  key={label}
                  dataKey={label}
                  name={administrationLabel(label)}
                  stackId="doses"
                  fill={ADMIN_COLORS[index % ADMIN_COLORS.length]}
                  isAnimationActive={false}
                />
              ))
            )}
            {view === 'stacked' ? <Legend verticalAlign="bottom" height={24} /> : null}
            <ReferenceLine
              y={plan.capMgPerDay}
              stroke="#c92a2a"
              strokeWidth={2}
              label={{
                value: t('chart.plan.cap', { cap: formatPlainNumber(plan.capMgPerDay, locale) }),
                position: 'insideTopLeft',
                fontSize: 12,
                fill: '#a61e1e',
              }}
            />
            {showRegimenCap ? (
              <ReferenceLine
                y={regimenCapMgPerDay}
                stroke="#868e96"
                strokeDasharray="6 4"
                label={{
                  value: t('chart.plan.regimenCap', { cap: formatPlainNumber(regimenCapMgPerDay, locale) }),
                  position: 'insideTopRight',
                  fontSize: 11,
                  fill: '#495057',
                }}
              />
            ) : null}
            {visibleThresholds.map((threshold) => (
              <ReferenceLine
                key={threshold.ruleId}
                y={threshold.mgPerDay}
                stroke="#e8590c"
                strokeDasharray="2 4"
                label={{
                  value: threshold.label,
                  position: 'insideBottomRight',
                  fontSize: 11,
                  fill: '#a33f08',
                }}
              />
            ))}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      {hiddenThresholds.length > 0 ? (
        <Text size="xs" c="dark.5">
          {t('chart.plan.hiddenThresholds', {
            doses: hiddenThresholds
              .map((threshold) => formatPlainNumber(threshold.mgPerDay, locale))
              .join(', '),
          })}
        </Text>
      ) : null}
    </Stack>
  );
}
