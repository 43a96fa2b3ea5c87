/**
 * Recharts line chart of daily dose over plan days, one line per regimen or what-if. Loaded with
 * React.lazy (see DoseChartPanel) so Recharts stays out of the first-load bundle.
 */
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { DOSE_THRESHOLDS } from '../../../rules';
import { chartRows, seriesStyle, type DoseSeries } from '../doseSeries';

interface CapLine {
  mg: number;
  label: string;
}

/** One labelled line per distinct cap, naming (by line pattern, as in the legend) every series sharing it. */
function capLines(series: readonly DoseSeries[]): CapLine[] {
  const byMg = new Map<number, string[]>();
  series.forEach((entry, index) => {
    if (entry.days.length === 0 || entry.capMgPerDay <= 0) return;
    const pattern = seriesStyle(index).dashText.replace(' line', '');
    byMg.set(entry.capMgPerDay, [...(byMg.get(entry.capMgPerDay) ?? []), pattern]);
  });
  return [...byMg.entries()].map(([mg, patterns]) => ({
    mg,
    label: series.length > 1 ? `Cap ${mg} mg/day (${patterns.join(', ')})` : `Cap ${mg} mg/day`,
  }));
}

export default function DoseLinesChart({
  series,
  height = 300,
}: {
  series: readonly DoseSeries[];
  height?: number;
}) {
  const rows = chartRows(series);
  const caps = capLines(series);
  const highest = Math.max(
    10,
    ...rows.flatMap((row) => series.map((entry) => row[entry.id] ?? 0)),
    ...caps.map((cap) => cap.mg),
  );
  const yMax = Math.ceil((highest * 1.12) / 10) * 10;
  const thresholds = DOSE_THRESHOLDS.filter((threshold) => threshold.mgPerDay <= yMax);
  const capValues = new Set(caps.map((cap) => cap.mg));
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart data={rows} margin={{ top: 16, right: 16, bottom: 24, left: 4 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#e3e7ed" strokeDasharray="3 3" />
        <XAxis
          dataKey="day"
          type="number"
          domain={[1, 'dataMax']}
          tick={{ fill: '#343a40', fontSize: 12 }}
          label={{ value: 'Plan day', position: 'insideBottom', offset: -12, fill: '#343a40', fontSize: 12 }}
        />
        <YAxis
          domain={[0, yMax]}
          tick={{ fill: '#343a40', fontSize: 12 }}
          width={48}
          label={{ value: 'mg/day', angle: -90, position: 'insideLeft', fill: '#343a40', fontSize: 12 }}
        />
        <Tooltip
          formatter={(value, name) => [
            `${String(value)} mg/day`,
            series.find((entry) => entry.id === name)?.label ?? name,
          ]}
          labelFormatter={(day) => `Day ${String(day)}`}
        />
        {thresholds.map((threshold) => (
          <ReferenceLine
            key={threshold.ruleId}
            y={threshold.mgPerDay}
            stroke="#a61e4d"
            strokeDasharray="4 4"
            label={{
              value: capValues.has(threshold.mgPerDay) ? `${threshold.label} · cap` : threshold.label,
              position: 'insideTopLeft',
              fill: '#a61e4d',
              fontSize: 11,
            }}
          />
        ))}
        {caps
          .filter((cap) => !thresholds.some((threshold) => threshold.mgPerDay === cap.mg))
          .map((cap) => (
            <ReferenceLine
              key={`cap-${cap.mg}`}
              y={cap.mg}
              stroke="#495057"
              strokeDasharray="2 2"
              label={{ value: cap.label, position: 'insideTopRight', fill: '#343a40', fontSize: 11 }}
            />
          ))}
        {series.map((entry, index) => {
          const style = seriesStyle(index);
          return (
            <Line
              key={entry.id}
              dataKey={entry.id}
              name={entry.id}
              type="stepAfter"
              stroke={style.color}
              strokeWidth={2.5}
              strokeDasharray={style.dash}
              dot={false}
              isAnimationActive={false}
              connectNulls={false}
            />
          );
        })}
      </LineChart>
    </ResponsiveContainer>
  );
}
