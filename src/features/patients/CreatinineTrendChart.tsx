import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { CreatininePoint, CreatinineUnit } from '../../fhir/mapping';
import { formatDate, formatNumber, unitLabel } from './format';
import { timeTicks } from './timeTicks';
import { pointsToDraw } from './chartPoints';

const UMOL_PER_MG_DL = 88.4;

interface TrendChartProps {
  points: readonly CreatininePoint[];
  /** Unit of the axis: the unit of the latest result (others are converted for plotting only). */
  unit: CreatinineUnit;
}

/** Up to this many results each get a dot; a longer history is drawn as lines only (dots would merge). */
const MAX_DOTTED_POINTS = 60;
const noVerticalLines = (): number[] => [];

/**
 * Creatinine and eGFR over time (Recharts, loaded lazily so the charting library is not in the first
 * page load). The same numbers are in the table view next to it.
 */
export default function CreatinineTrendChart({ points, unit }: TrendChartProps) {
  const plottable = points.filter((point) => !point.unitSuspect);
  const drawn = pointsToDraw(plottable);
  const data = drawn.map((point) => ({
    time: Date.parse(`${point.date}T00:00:00Z`),
    creatinine: unit === 'umol/L' ? Math.round(point.mgDl * UMOL_PER_MG_DL) : Number(point.mgDl.toFixed(2)),
    egfr: point.egfrMlMin173 === undefined ? null : Number(point.egfrMlMin173.toFixed(1)),
  }));
  const thinned = drawn.length < plottable.length;
  const label = `Creatinine (${unitLabel(unit)})`;
  const ticks = timeTicks(data.map((point) => point.time));
  const dotted = data.length <= MAX_DOTTED_POINTS;
  return (
    <figure
      style={{ margin: 0 }}
      aria-label={`${label} and eGFR over time, ${plottable.length} results${thinned ? `, drawn from ${drawn.length}: each stretch of time keeps its highest and lowest creatinine` : ''}`}
    >
      <ResponsiveContainer width="100%" height={280}>
        <LineChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          {/* Horizontal lines only: the grid measures a label per result for vertical ones (see timeTicks),
              even when they are not drawn, unless it is given their places. */}
          <CartesianGrid
            stroke="#e3e7ee"
            strokeDasharray="3 3"
            vertical={false}
            verticalCoordinatesGenerator={noVerticalLines}
          />
          <XAxis
            dataKey="time"
            type="number"
            scale="time"
            domain={['dataMin', 'dataMax']}
            ticks={ticks}
            tickFormatter={(value: number) => formatDate(new Date(value).toISOString())}
            tick={{ fontSize: 12, fill: '#3d4451' }}
            padding={{ left: 16, right: 16 }}
          />
          <YAxis
            yAxisId="scr"
            tick={{ fontSize: 12, fill: '#1c4f8a' }}
            label={{
              value: label,
              angle: -90,
              position: 'insideLeft',
              offset: 12,
              fill: '#1c4f8a',
              fontSize: 12,
            }}
            width={64}
            domain={[0, 'auto']}
          />
          <YAxis
            yAxisId="egfr"
            orientation="right"
            tick={{ fontSize: 12, fill: '#0b6b5e' }}
            label={{
              value: 'eGFR',
              angle: 90,
              position: 'insideRight',
              offset: 14,
              fill: '#0b6b5e',
              fontSize: 12,
            }}
            width={56}
            domain={[0, (max: number) => Math.max(120, Math.ceil(max / 10) * 10)]}
          />
          <ReferenceLine
            yAxisId="egfr"
            y={60}
            stroke="#b35c00"
            strokeDasharray="4 4"
            label={{ value: 'eGFR 60', fill: '#8a4500', fontSize: 11, position: 'insideTopRight' }}
          />
          <ReferenceLine
            yAxisId="egfr"
            y={30}
            stroke="#b3261e"
            strokeDasharray="4 4"
            label={{ value: 'eGFR 30', fill: '#8c1d18', fontSize: 11, position: 'insideTopRight' }}
          />
          <Tooltip
            labelFormatter={(value) => formatDate(new Date(Number(value)).toISOString())}
            formatter={(value, name) =>
              String(name).startsWith('eGFR')
                ? [`${formatNumber(Number(value), 1)} mL/min/1.73 m²`, 'eGFR']
                : [`${formatNumber(Number(value))} ${unitLabel(unit)}`, 'Creatinine']
            }
          />
          <Legend wrapperStyle={{ fontSize: 13 }} />
          <Line
            yAxisId="scr"
            type="monotone"
            dataKey="creatinine"
            name="Creatinine"
            stroke="#1c4f8a"
            strokeWidth={2.5}
            dot={dotted ? { r: 4, fill: '#1c4f8a' } : false}
            isAnimationActive={false}
          />
          <Line
            yAxisId="egfr"
            type="monotone"
            dataKey="egfr"
            name="eGFR (mL/min/1.73 m²)"
            stroke="#0b6b5e"
            strokeWidth={2.5}
            strokeDasharray="6 3"
            dot={dotted ? { r: 4, fill: '#ffffff', stroke: '#0b6b5e', strokeWidth: 2 } : false}
            connectNulls
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
      {thinned ? (
        <figcaption style={{ fontSize: 13, color: '#3d4451' }}>
          {plottable.length} results: the chart draws {drawn.length} of them, the highest and the lowest
          creatinine of each stretch of time, so no peak is left out. The table lists every result.
        </figcaption>
      ) : null}
    </figure>
  );
}
