/**
 * The planner's public entry (re-exported by index.ts). Internals live in plan-*.ts; only what the UI
 * and outside tools need is exported here.
 */
export { buildPlan, TAPER_HIGH_DOSE_ABOVE_MG_PER_DAY, TAPER_LAST_LEVEL_MG_PER_DAY } from './plan-build';
export {
  COME_DOWN_INTERVAL_DAYS,
  COME_DOWN_STEP_MG_PER_DAY,
  FLEXIBLE_DEFAULT_TARGET_MAX_MG_PER_DAY,
  TAPER_LAST_STEP_MAX_MG_PER_DAY,
} from './plan-dosing';
export {
  MIN_REASON_CHARS,
  MAX_REASON_CHARS,
  MAX_CURRENT_DOSE_MG_PER_DAY,
  planOverrideReasons,
} from './plan-input';
export { PLAN_RULES, type PlanRule, type PlanRuleId } from './plan-findings';
export { TRIAL_PACE, MAX_TABLETS_PER_ADMINISTRATION, tabletsPerAdministration } from './plan-course-findings';
export { mergeFindings } from './findings-merge';
export { DOSE_THRESHOLDS, FR_2018_MAX_MG_PER_DAY, type DoseThreshold } from './plan-thresholds';
export { splitDose, DEFAULT_SPLIT_LABELS } from './plan-split';
export { dispenseForPeriod } from './plan-summary';
export { MAX_PLAN_DAYS, PARAM_LIMITS } from './plan-params';
export { DIALYSIS_MAX_MG_PER_DAY } from './plan-renal';
export {
  PRODUCTS,
  DEFAULT_PRODUCT_ID,
  getProduct,
  dispenseForAdministrations,
  type Product,
  type DispenseLine,
} from './products';
export {
  planFor,
  cautiousTitrationParams,
  CAUTIOUS_TITRATION,
  type PlanForInput,
  type PlanForResult,
  type PlanOffer,
} from './plan-for';
