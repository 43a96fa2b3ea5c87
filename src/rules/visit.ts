/** Follow-up visits' public entry (spec §9), re-exported by index.ts. */
export { suggestAtVisit, visitMeetsGoal, daysBetween, type SuggestAtVisitInput } from './visit-suggest';
export { readVisit } from './visit-input';
export {
  CRAVING_GOAL_MAX,
  CRAVING_SCALE,
  DRINK_SIZES_G,
  GOAL_VISITS_IN_A_ROW,
  HEAVY_DAY_G,
  LOW_RISK_G_PER_DAY,
  NO_EFFECT_AFTER_DAYS,
  RED_FLAGS,
  SIDE_EFFECTS,
  SIDE_EFFECT_LABELS,
  VISIT_RULES,
  type DrinkCountry,
  type VisitRule,
  type VisitRuleId,
} from './visit-rules';
