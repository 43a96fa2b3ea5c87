/**
 * Regimen parameters in the clinician's words — one table for the planner, the teaching cases and the
 * PDF, so no screen or page shows a code name such as `targetMgPerDay`.
 */
import { getProduct, type TaperParams } from '../rules';

export const PARAM_LABEL: Record<string, string> = {
  kind: 'Regimen kind',
  startMgPerDay: 'Start dose (mg/day)',
  startDays: 'Days at start dose',
  dosesPerDay: 'Doses per day',
  splitWeights: 'Split weights',
  splitLabels: 'Administration labels',
  stepMgPerDay: 'Step (mg/day)',
  stepIntervalDays: 'Step interval (days)',
  targetMgPerDay: 'Target (mg/day)',
  capMgPerDay: 'Cap (mg/day)',
  maintenanceDays: 'Maintenance (days)',
  taper: 'Ends with a taper',
  taperParams: 'Taper',
  product: 'Product',
  holdDays: 'Intolerance hold (days)',
  intoleranceDays: 'Intolerance reported on plan days',
};

export function paramLabel(key: string): string {
  return PARAM_LABEL[key] ?? 'Other setting';
}

function taperText(taper: Partial<TaperParams>): string {
  return taper.mode === 'percent'
    ? `−${taper.percent} % every ${taper.intervalDays} days`
    : `−${taper.stepMgPerDay} mg/day every ${taper.intervalDays} days (−${taper.highDoseStepMgPerDay} mg/day above 80 mg/day)`;
}

function valueText(value: unknown): string {
  if (value === null || value === undefined) return 'not set';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return value;
  return 'set';
}

/** A parameter's value in words (product labels, taper schemes, lists). */
export function paramValueText(key: string, value: unknown): string {
  if (value === undefined || value === null) return 'not set';
  if (key === 'product' && typeof value === 'string') return getProduct(value)?.label ?? value;
  if (key === 'taperParams' && typeof value === 'object') return taperText(value as Partial<TaperParams>);
  if (key === 'taper' && typeof value === 'boolean') return value ? 'yes (taper)' : 'no (review date)';
  if (key === 'kind' && typeof value === 'string') return value === 'fixed' ? 'fixed' : 'flexible';
  if (Array.isArray(value)) return value.map(valueText).join(', ') || 'none';
  return valueText(value);
}

/** "Target (mg/day): 300 → 200" */
export function paramChangeText(change: { key: string; from: unknown; to: unknown }): string {
  return `${paramLabel(change.key)}: ${paramValueText(change.key, change.from)} → ${paramValueText(change.key, change.to)}`;
}
