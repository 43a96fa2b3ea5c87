/**
 * Recharts chart of the renal-adjusted cap against creatinine, with the slider's current value marked.
 * Loaded with React.lazy (see CreatinineSweep) to keep Recharts out of the first-load bundle.
 */
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceDot,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { memo } from 'react';
import type { SweepPoint } from '../sweep';

interface CapSweepChartProps {
  points: readonly SweepPoint[];
  current: SweepPoint | null;
  height?: number;
}

function CapSweepChart({ points, current, height = 220 }: CapSweepChartProps) {
  const firstBlocked = points.find((point) => point.blocked);
  const last = points[points.length - 1];
  const yMax = Math.max(10, ...points.map((point) => point.capMgPerDay));
  const data = points.map((point) => ({
    creatinineMgDl: point.creatinineMgDl,
    capMgPerDay: point.capMgPerDay,
  }));
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart data={data} margin={{ top: 16, right: 16, bottom: 24, left: 4 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#e3e7ed" strokeDasharray="3 3" />
        <XAxis
          dataKey="creatinineMgDl"
          type="number"
          domain={['dataMin', 'dataMax']}
          ticks={[0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5]}
          tick={{ fill: '#343a40', fontSize: 12 }}
          label={{
            value: 'Serum creatinine (mg/dL)',
            position: 'insideBottom',
            offset: -12,
            fill: '#343a40',
            fontSize: 12,
          }}
        />
        <YAxis
          domain={[0, Math.ceil((yMax * 1.15) / 10) * 10]}
          tick={{ fill: '#343a40', fontSize: 12 }}
          width={48}
          label={{ value: 'cap mg/day', angle: -90, position: 'insideLeft', fill: '#343a40', fontSize: 12 }}
        />
        {firstBlocked && last ? (
          <ReferenceArea
            x1={firstBlocked.creatinineMgDl}
            x2={last.creatinineMgDl}
            fill="#c92a2a"
            fillOpacity={0.08}
            stroke="#c92a2a"
            strokeDasharray="3 3"
            label={{ value: 'Hard stop (severe band)', position: 'insideTop', fill: '#a61e1e', fontSize: 11 }}
          />
        ) : null}
        <Line
          dataKey="capMgPerDay"
          type="stepAfter"
          stroke="#1c4f8a"
          strokeWidth={2.5}
          dot={false}
          isAnimationActive={false}
        />
        {current ? (
          <ReferenceDot
            x={current.creatinineMgDl}
            y={current.capMgPerDay}
            r={7}
            fill="#ffffff"
            stroke="#b45309"
            strokeWidth={3}
            label={{ value: `${current.capMgPerDay} mg/day`, position: 'top', fill: '#7c2d12', fontSize: 12 }}
          />
        ) : null}
      </LineChart>
    </ResponsiveContainer>
  );
}

/** Redrawn only when its points or the marked value change, not on every render of the sweep. */
export default memo(CapSweepChart);
