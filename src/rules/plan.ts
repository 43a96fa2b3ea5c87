/**
 * The planner's public entry (re-exported by index.ts). Internals live in plan-*.ts; only what the UI
 * and outside tools need is exported here.
 */
export { buildPlan, TAPER_HIGH_DOSE_ABOVE_MG_PER_DAY, TAPER_LAST_LEVEL_MG_PER_DAY } from './plan-build';
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
