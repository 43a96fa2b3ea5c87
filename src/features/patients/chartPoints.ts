/**
 * Which creatinine results the trend chart draws. Up to `MAX_DRAWN` results, every one. A longer history
 * (a dialysis patient's years of labs) is cut into equal stretches of time and each stretch keeps its
 * highest and its lowest creatinine, so no peak — the worst kidney function — is smoothed away. Drawing a
 * thousand points on a 280-pixel chart shows nothing more, and Recharts spent about 2 s of one task on them
 * at 4× CPU. The table beside the chart always lists every result.
 */
import type { CreatininePoint } from '../../fhir/mapping';

export const MAX_DRAWN = 240;
const STRETCHES = MAX_DRAWN / 2;

export function pointsToDraw<T extends Pick<CreatininePoint, 'date' | 'mgDl'>>(points: readonly T[]): T[] {
  if (points.length <= MAX_DRAWN) return [...points];
  const time = (point: T) => Date.parse(`${point.date}T00:00:00Z`);
  const first = time(points[0] as T);
  const span = Math.max(1, time(points[points.length - 1] as T) - first);
  const kept = new Set<T>();
  let stretch: T[] = [];
  let index = 0;
  const close = () => {
    if (stretch.length === 0) return;
    const byValue = [...stretch].sort((a, b) => a.mgDl - b.mgDl);
    kept.add(byValue[0] as T);
    kept.add(byValue[byValue.length - 1] as T);
    stretch = [];
  };
  for (const point of points) {
    const at = Math.min(STRETCHES - 1, Math.floor(((time(point) - first) / span) * STRETCHES));
    if (at !== index) {
      close();
      index = at;
    }
    stretch.push(point);
  }
  close();
  // In date order, as the results came (the input is oldest first).
  return points.filter((point) => kept.has(point));
}
