/**
 * The planner's state as URL search params, so a plan is a link a colleague can open.
 * Shared by the planner and by every page that opens the planner prefilled (patients, teaching).
 * Parsing is field by field: a bad value in a hand-edited link is dropped and named in `invalidFields`,
 * so the planner can say which values it ignored instead of silently guessing.
 */
// zod/mini: the same validation with a fraction of the bundle, since this runs on the entry route.
import { z } from 'zod/mini';

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const text = (max: number) => z.string().check(z.maxLength(max));
const finite = z.number().check(z.refine(Number.isFinite));
const medication = z.union([
  text(200),
  z.object({ name: z.optional(text(200)), rxnorm: z.optional(text(20)) }),
]);
const condition = z.union([
  text(200),
  z.object({
    name: z.optional(text(200)),
    snomed: z.optional(text(20)),
    icd10: z.optional(text(20)),
  }),
]);

export const plannerSearchShape = {
  /** FHIR Patient id when planning for a chart patient (ids only: nothing identifying in URLs). */
  patient: z.string().check(z.regex(/^[A-Za-z0-9\-.]{1,64}$/)),
  age: finite,
  sex: z.enum(['female', 'male']),
  weightKg: finite,
  heightCm: finite,
  scr: finite,
  scrUnit: z.enum(['mg/dL', 'umol/L']),
  dialysis: z.boolean(),
  basis: z.enum(['auto', 'actual', 'ideal', 'adjusted']),
  /** Dates of the chart values used to prefill (for the > 90 days stale-lab flag). */
  scrDate: isoDate,
  weightDate: isoDate,
  heightDate: isoDate,
  regimen: text(40),
  start: isoDate,
  profile: z.enum(['standard', 'fr-2018']),
  /** Clinician edits to regimen parameters (Partial<RegimenParams>, validated by the rules module). */
  params: z.record(z.string(), z.unknown()),
  mode: z.enum(['new', 'replan', 'taper-only']),
  current: finite,
  override: text(500),
  meds: z.array(medication).check(z.maxLength(60)),
  conds: z.array(condition).check(z.maxLength(60)),
} as const;

type Shape = typeof plannerSearchShape;
export type PlannerSearch = { [K in keyof Shape]?: z.infer<Shape[K]> } & { invalidFields?: string[] };

/** Validate raw search params field by field; invalid fields are dropped and listed. */
export function parsePlannerSearch(raw: Record<string, unknown>): PlannerSearch {
  const result: Record<string, unknown> = {};
  const invalidFields: string[] = [];
  for (const key of Object.keys(plannerSearchShape) as (keyof Shape)[]) {
    const value = raw[key];
    if (value === undefined || value === '') continue;
    const parsed = plannerSearchShape[key].safeParse(value);
    if (parsed.success) result[key] = parsed.data;
    else invalidFields.push(key);
  }
  if (invalidFields.length > 0) result.invalidFields = invalidFields;
  return result as PlannerSearch;
}
