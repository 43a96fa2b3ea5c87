/**
 * Runtime checks of what a FHIR server sends, before any code reads it. They check the shape bacloplan
 * relies on (a searchset Bundle with an entry array, resources with a type and an id) and let every
 * other element through untouched: the mappers read those carefully, value by value.
 */
// zod/mini: the same checks with a fraction of the bundle (the planner imports the save path too).
import { z } from 'zod/mini';

const resourceBase = z.looseObject({ resourceType: z.string(), id: z.optional(z.string()) });

export const bundleSchema = z.looseObject({
  resourceType: z.literal('Bundle'),
  type: z.enum([
    'searchset',
    'transaction-response',
    'batch-response',
    'collection',
    'history',
    'document',
    'message',
    'transaction',
    'batch',
  ]),
  total: z.optional(z.number().check(z.int(), z.minimum(0))),
  link: z.optional(z.array(z.looseObject({ relation: z.string(), url: z.string() }))),
  entry: z.optional(
    z.array(
      z.looseObject({
        fullUrl: z.optional(z.string()),
        resource: z.optional(resourceBase),
        search: z.optional(z.looseObject({ mode: z.optional(z.string()) })),
        response: z.optional(
          z.looseObject({
            status: z.string(),
            location: z.optional(z.string()),
            etag: z.optional(z.string()),
          }),
        ),
      }),
    ),
  ),
});

export type CheckedBundle = z.infer<typeof bundleSchema>;

/** What fhirFetch accepts as a check: any zod (or zod/mini) schema. */
export type Checker<T> = z.ZodMiniType<T>;

const schemaCache = new Map<string, Checker<{ resourceType: string; id: string }>>();

/** A resource of this type with a server id (anything stored on a server has one). */
export function resourceSchema(resourceType: string): Checker<{ resourceType: string; id: string }> {
  let schema = schemaCache.get(resourceType);
  if (!schema) {
    schema = z.looseObject({ resourceType: z.literal(resourceType), id: z.string().check(z.minLength(1)) });
    schemaCache.set(resourceType, schema);
  }
  return schema;
}

/** "entry: expected array, received object; total: …" — short enough for an error banner. */
export function describeZodIssues(
  error: { issues: readonly { path: PropertyKey[]; message: string }[] },
  max = 3,
): string {
  const parts = error.issues.slice(0, max).map((issue) => {
    const path = issue.path.length > 0 ? issue.path.map(String).join('.') : 'answer';
    return `${path}: ${issue.message}`;
  });
  if (error.issues.length > max) parts.push(`and ${error.issues.length - max} more`);
  return parts.join('; ');
}
