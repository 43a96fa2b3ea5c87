/**
 * Parsing the what-if lab's search params. Kept apart from the case library so the route can validate
 * its links without loading every case on the app's first page; unknown case ids fall back to the
 * default case when the page resolves them.
 */
import { getRegimen } from '../../rules';
import { SWEEP_RANGE_MG_DL } from './sweep';

export interface CompareSearch {
  case?: string;
  regimens?: string[];
  /** Creatinine of the sweep, mg/dL. */
  scr?: number;
  fixed?: string;
  flexible?: string;
}

export const MAX_COMPARED_REGIMENS = 4;

export const isComparable = (id: unknown): id is string =>
  typeof id === 'string' && id !== 'custom' && getRegimen(id) !== undefined;

export function parseCompareSearch(raw: Record<string, unknown>): CompareSearch {
  const search: CompareSearch = {};
  if (typeof raw.case === 'string' && /^[a-z0-9-]{1,80}$/.test(raw.case)) search.case = raw.case;
  if (Array.isArray(raw.regimens)) {
    const regimens = [...new Set(raw.regimens.filter(isComparable))].slice(0, MAX_COMPARED_REGIMENS);
    if (regimens.length > 0) search.regimens = regimens;
  }
  const scr = typeof raw.scr === 'string' ? Number(raw.scr) : raw.scr;
  if (typeof scr === 'number' && scr >= SWEEP_RANGE_MG_DL.min && scr <= SWEEP_RANGE_MG_DL.max)
    search.scr = scr;
  if (isComparable(raw.fixed) && getRegimen(raw.fixed)?.kind === 'fixed') search.fixed = raw.fixed;
  if (isComparable(raw.flexible) && getRegimen(raw.flexible)?.kind === 'flexible')
    search.flexible = raw.flexible;
  return search;
}
