/**
 * The planner's state as URL search params, so a plan is a link a colleague can open.
 * Shared by the planner and by every page that opens the planner prefilled (patients, teaching).
 * Parsing is field by field: a bad value in a hand-edited link is dropped and named in `invalidFields`,
 * so the planner can say which values it ignored instead of silently guessing.
 */
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const medication = z.union([
  z.string().max(200),
  z.object({ name: z.string().max(200).optional(), rxnorm: z.string().max(20).optional() }),
]);
const condition = z.union([
  z.string().max(200),
  z.object({
    name: z.string().max(200).optional(),
    snomed: z.string().max(20).optional(),
    icd10: z.string().max(20).optional(),
  }),
]);

export const plannerSearchShape = {
  /** FHIR Patient id when planning for a chart patient (ids only: nothing identifying in URLs). */
  patient: z.string().regex(/^[A-Za-z0-9\-.]{1,64}$/),
  age: z.number().finite(),
  sex: z.enum(['female', 'male']),
  weightKg: z.number().finite(),
  heightCm: z.number().finite(),
  scr: z.number().finite(),
  scrUnit: z.enum(['mg/dL', 'umol/L']),
  dialysis: z.boolean(),
  basis: z.enum(['auto', 'actual', 'ideal', 'adjusted']),
  /** Dates of the chart values used to prefill (for the > 90 days stale-lab flag). */
  scrDate: isoDate,
  weightDate: isoDate,
  heightDate: isoDate,
  regimen: z.string().max(40),
  start: isoDate,
  profile: z.enum(['standard', 'fr-2018']),
  /** Clinician edits to regimen parameters (Partial<RegimenParams>, validated by the rules module). */
  params: z.record(z.string(), z.unknown()),
  mode: z.enum(['new', 'replan', 'taper-only']),
  current: z.number().finite(),
  override: z.string().max(500),
  meds: z.array(medication).max(60),
  conds: z.array(condition).max(60),
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
