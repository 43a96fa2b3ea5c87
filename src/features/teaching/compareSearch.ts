/**
 * Search params of the what-if lab (/teaching/compare), so a comparison is a link a teacher can share.
 * Unknown ids and out-of-range values are dropped (the defaults apply) rather than guessed.
 */
import { creatinineToMgDl, getRegimen } from '../../rules';
import { getTeachingCase, TEACHING_CASES } from './cases';
import { isComparable, type CompareSearch } from './compareSearchParse';

export { MAX_COMPARED_REGIMENS, parseCompareSearch, type CompareSearch } from './compareSearchParse';

const DEFAULT_CASE_ID = 'fixed-vs-flexible';
import { SWEEP_RANGE_MG_DL } from './sweep';
import type { TeachingCase } from './caseTypes';

export interface ResolvedCompare {
  teachingCase: TeachingCase;
  regimens: string[];
  scrMgDl: number;
  fixed: string;
  flexible: string;
}

/** The search with defaults filled in: the case's own regimen first, then a fixed and a flexible one. */
export function resolveCompare(search: CompareSearch): ResolvedCompare {
  const teachingCase = getTeachingCase(search.case ?? DEFAULT_CASE_ID) ?? (TEACHING_CASES[0] as TeachingCase);
  const caseRegimen = teachingCase.inputs.regimenId;
  const defaults = [...new Set([caseRegimen, 'addolorato-60', 'baclocur-80'])].filter(isComparable);
  const creatinine = teachingCase.inputs.renal.creatinine;
  const caseScr = Math.round(creatinineToMgDl(creatinine.value, creatinine.unit) * 10) / 10;
  const scrMgDl = search.scr ?? Math.min(SWEEP_RANGE_MG_DL.max, Math.max(SWEEP_RANGE_MG_DL.min, caseScr));
  const caseKind = getRegimen(caseRegimen)?.kind;
  return {
    teachingCase,
    regimens: search.regimens ?? defaults.slice(0, 3),
    scrMgDl,
    fixed:
      search.fixed ?? (caseKind === 'fixed' && isComparable(caseRegimen) ? caseRegimen : 'addolorato-60'),
    flexible:
      search.flexible ?? (caseKind === 'flexible' && isComparable(caseRegimen) ? caseRegimen : 'baclocur-80'),
  };
}
