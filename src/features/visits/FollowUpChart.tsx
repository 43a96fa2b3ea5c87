/**
 * Planned dose and dose actually taken over time, visits marked, and below it alcohol g/day (with the
 * low-risk line of spec §3/§9) and craving 0–10 on their own axes. The visits table beside it carries
 * the same figures as text.
 */
import { Stack, Text } from '@mantine/core';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { LOW_RISK_G_PER_DAY, type Sex } from '../../rules';
import { formatDate } from '../../lib/format';
import { isoOfDay, type FollowUpRow } from './followUpSeries';

interface Props {
  rows: readonly FollowUpRow[];
  sex?: Sex;
  locale?: string;
}

export function FollowUpChart({ rows, sex, locale }: Props) {
  const tick = (x: number) => formatDate(isoOfDay(x), locale, 'short');
  const visitDays = rows.filter((row) => row.visit).map((row) => row.x);
  const domain: [number, number] = [rows[0]?.x ?? 0, rows.at(-1)?.x ?? 1];
  const lowRisk = sex ? LOW_RISK_G_PER_DAY[sex] : undefined;
  const label = (value: unknown) => tick(Number(value));
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600} id="follow-up-dose-chart">
        Baclofen: planned and actually taken (mg/day)
      </Text>
      <div style={{ width: '100%', height: 220 }} role="img" aria-labelledby="follow-up-dose-chart">
        <ResponsiveContainer>
          <ComposedChart data={[...rows]} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e9ecef" />
            <XAxis dataKey="x" type="number" domain={domain} tickFormatter={tick} minTickGap={40} />
            <YAxis width={44} allowDecimals={false} />
            <Tooltip labelFormatter={label} />
            <Legend />
            {visitDays.map((x) => (
              <ReferenceLine key={x} x={x} stroke="#868e96" strokeDasharray="2 4" />
            ))}
            <Line
              name="Planned"
              dataKey="planned"
              type="stepAfter"
              stroke="#1c4f8a"
              strokeWidth={2}
              dot={false}
              connectNulls
              isAnimationActive={false}
            />
            <Line
              name="Taken (at visits)"
              dataKey="taken"
              type="linear"
              stroke="#c2410c"
              strokeWidth={2}
              strokeDasharray="6 3"
              dot={{ r: 4 }}
              connectNulls
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <Text size="sm" fw={600} id="follow-up-drinking-chart">
        Alcohol (g/day, bars) and craving (0–10, line) at each visit
      </Text>
      <div style={{ width: '100%', height: 170 }} role="img" aria-labelledby="follow-up-drinking-chart">
        <ResponsiveContainer>
          <ComposedChart
            data={rows.filter((row) => row.visit)}
            margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
          >
            <CartesianGrid strokeDasharray="3 3" stroke="#e9ecef" />
            <XAxis dataKey="x" type="number" domain={domain} tickFormatter={tick} minTickGap={40} />
            <YAxis yAxisId="g" width={44} allowDecimals={false} />
            <YAxis yAxisId="craving" orientation="right" domain={[0, 10]} width={28} />
            <Tooltip labelFormatter={label} />
            <Legend />
            {lowRisk !== undefined ? (
              <ReferenceLine
                yAxisId="g"
                y={lowRisk}
                stroke="#2f9e44"
                strokeDasharray="4 4"
                label={{ value: `low-risk ≤ ${lowRisk} g/day`, position: 'insideTopLeft', fontSize: 11 }}
              />
            ) : null}
            <Bar
              name="Alcohol g/day"
              dataKey="grams"
              yAxisId="g"
              fill="#adb5bd"
              barSize={10}
              isAnimationActive={false}
            />
            <Line
              name="Craving"
              dataKey="craving"
              yAxisId="craving"
              stroke="#7048e8"
              dot={{ r: 3 }}
              connectNulls
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
    </Stack>
  );
}
