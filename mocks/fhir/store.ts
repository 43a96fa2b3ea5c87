/**
 * The demo EHR's in-memory FHIR R4 repository: read, search (see search.ts), create and transaction,
 * with the answers a real server gives (searchset Bundles with paging links, OperationOutcomes for
 * errors, Location and version ids on create, atomic transactions with `ifNoneExist`).
 *
 * Why hand-written: @medplum/fhir-router's MemoryRepository was evaluated; it needs Medplum's full
 * StructureDefinition bundle (~35 MB of JSON) loaded before search works and produces no paging links,
 * too heavy for a demo that runs in the browser. This store covers the slice of FHIR that bacloplan
 * uses, and search.test.ts / store.test.ts pin its semantics to the spec.
 */
import type {
  Bundle,
  BundleEntry,
  CapabilityStatement,
  CapabilityStatementRestResource,
  OperationOutcome,
  OperationOutcomeIssue,
  Reference,
  Resource,
} from '@medplum/fhirtypes';
import { DEMO_TODAY } from '../../src/fhir/clock';
import {
  matches,
  normaliseReference,
  parseSearch,
  SEARCH_PARAMS,
  SearchError,
  sortResources,
  SUPPORTED_TYPES,
  type ParsedSearch,
} from './search';

export { SearchError as FhirStoreError };

export function operationOutcome(
  message: string,
  code: string = 'invalid',
  severity: 'error' | 'fatal' | 'warning' | 'information' = 'error',
): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    issue: [
      {
        severity,
        code: code as OperationOutcomeIssue['code'],
        details: { text: message },
        diagnostics: message,
      },
    ],
  };
}

/** Elements a resource must have before this server stores it (R4 cardinality 1..1 that bacloplan relies on). */
const REQUIRED: Record<string, string[]> = {
  Observation: ['status', 'code'],
  MedicationStatement: ['status', 'subject'],
  MedicationRequest: ['status', 'intent', 'subject'],
  Condition: ['subject'],
  AllergyIntolerance: ['patient'],
  CarePlan: ['status', 'intent', 'subject'],
};

const MEDICATION_CHOICE = ['medicationCodeableConcept', 'medicationReference'];

interface Clock {
  now(): Date;
}

export interface CreateResult {
  resource: Resource & { id: string };
  /** False when `ifNoneExist` found the resource already there. */
  created: boolean;
}

export class FhirStore {
  private readonly byType = new Map<string, Map<string, Resource & { id: string }>>();
  private counter = 0;

  constructor(private readonly clock: Clock = { now: () => new Date() }) {}

  /** Loads resources as they are (seed data keeps its ids and meta). */
  seed(resources: readonly (Resource & { id: string })[]): void {
    for (const resource of resources) this.put(structuredClone(resource));
  }

  private put(resource: Resource & { id: string }): void {
    let table = this.byType.get(resource.resourceType);
    if (!table) {
      table = new Map();
      this.byType.set(resource.resourceType, table);
    }
    table.set(resource.id, resource);
  }

  all(resourceType: string): (Resource & { id: string })[] {
    return [...(this.byType.get(resourceType)?.values() ?? [])];
  }

  count(): number {
    let total = 0;
    for (const table of this.byType.values()) total += table.size;
    return total;
  }

  read(resourceType: string, id: string): Resource & { id: string } {
    if (!SEARCH_PARAMS[resourceType]) {
      throw new SearchError(
        `Resource type "${resourceType}" is not supported by this server.`,
        404,
        'not-supported',
      );
    }
    const resource = this.byType.get(resourceType)?.get(id);
    if (!resource)
      throw new SearchError(`${resourceType}/${id} is not known to this server.`, 404, 'not-found');
    return structuredClone(resource);
  }

  /** An update (PUT) of a resource that exists: same id, next version, checked like a create. */
  update(resource: Resource): Resource & { id: string } {
    const id = resource.id;
    if (!id) throw new SearchError('An update needs the resource id.', 400, 'required');
    const current = this.read(resource.resourceType, id);
    this.check(resource);
    const version = Number(current.meta?.versionId ?? '1') + 1;
    const updated = {
      ...structuredClone(resource),
      id,
      meta: { ...resource.meta, versionId: String(version), lastUpdated: this.clock.now().toISOString() },
    } as Resource & { id: string };
    this.put(updated);
    return structuredClone(updated);
  }

  /** A searchset Bundle; `baseUrl` is the server base the paging links are built on (no trailing slash). */
  search(resourceType: string, params: URLSearchParams, baseUrl: string): Bundle {
    const parsed = parseSearch(resourceType, params);
    const hits = this.all(resourceType).filter((resource) =>
      parsed.criteria.every((criterion) => matches(resource, criterion)),
    );
    const sorted = sortResources(hits, parsed.sort);
    const page = sorted.slice(parsed.offset, parsed.offset + parsed.count);

    const linkFor = (offset: number) => {
      const query = new URLSearchParams(params);
      query.set('_count', String(parsed.count));
      query.set('_offset', String(offset));
      return `${baseUrl}/${resourceType}?${query.toString()}`;
    };
    const link: Bundle['link'] = [{ relation: 'self', url: linkFor(parsed.offset) }];
    if (parsed.count > 0) {
      link.push({ relation: 'first', url: linkFor(0) });
      if (parsed.offset > 0)
        link.push({ relation: 'previous', url: linkFor(Math.max(0, parsed.offset - parsed.count)) });
      if (parsed.offset + parsed.count < sorted.length)
        link.push({ relation: 'next', url: linkFor(parsed.offset + parsed.count) });
      const lastOffset =
        sorted.length === 0 ? 0 : Math.floor((sorted.length - 1) / parsed.count) * parsed.count;
      link.push({ relation: 'last', url: linkFor(lastOffset) });
    }
    return {
      resourceType: 'Bundle',
      type: 'searchset',
      meta: { lastUpdated: this.clock.now().toISOString() },
      total: sorted.length,
      link,
      entry: [
        ...page.map((resource) => ({
          fullUrl: `${baseUrl}/${resource.resourceType}/${resource.id}`,
          resource: structuredClone(resource),
          search: { mode: 'match' as const },
        })),
        ...this.included(page, parsed.include).map((resource) => ({
          fullUrl: `${baseUrl}/${resource.resourceType}/${resource.id}`,
          resource: structuredClone(resource),
          search: { mode: 'include' as const },
        })),
      ],
    };
  }

  /** What `_include` asks for: each resource the matches refer to, once (unresolvable ones are left out). */
  private included(
    page: readonly Resource[],
    include: ParsedSearch['include'],
  ): (Resource & { id: string })[] {
    const references = new Set(
      include.flatMap(({ def }) =>
        page.flatMap((resource) =>
          def
            .values(resource)
            .map((value) => (value as Reference | undefined)?.reference)
            .filter((reference): reference is string => typeof reference === 'string'),
        ),
      ),
    );
    return [...references].flatMap((reference) => {
      const [type = '', id = ''] = normaliseReference(reference).split('/');
      const found = this.byType.get(type)?.get(id);
      return found ? [found] : [];
    });
  }

  private check(resource: Resource, pending: ReadonlySet<string> = new Set()): void {
    if (!SEARCH_PARAMS[resource.resourceType]) {
      throw new SearchError(
        `Resource type "${resource.resourceType}" is not supported by this server.`,
        400,
        'not-supported',
      );
    }
    const record = resource as unknown as Record<string, unknown>;
    const missing = (REQUIRED[resource.resourceType] ?? []).filter((key) => record[key] === undefined);
    if (missing.length > 0) {
      throw new SearchError(
        `${resource.resourceType} is missing required element(s): ${missing.join(', ')}.`,
        400,
        'required',
      );
    }
    if (
      (resource.resourceType === 'MedicationRequest' || resource.resourceType === 'MedicationStatement') &&
      !MEDICATION_CHOICE.some((key) => record[key] !== undefined)
    ) {
      throw new SearchError(`${resource.resourceType} needs medication[x].`, 400, 'required');
    }
    // Referential integrity for the patient a record belongs to, as most servers enforce.
    for (const key of ['subject', 'patient']) {
      const reference = (record[key] as Reference | undefined)?.reference;
      if (typeof reference !== 'string' || !reference.startsWith('Patient/')) continue;
      const id = reference.slice('Patient/'.length);
      if (!this.byType.get('Patient')?.has(id) && !pending.has(reference)) {
        throw new SearchError(
          `${resource.resourceType}.${key} refers to ${reference}, which does not exist.`,
          400,
          'processing',
        );
      }
    }
  }

  private stamp<T extends Resource>(resource: T, id: string): T & { id: string } {
    const meta = { ...resource.meta, versionId: '1', lastUpdated: this.clock.now().toISOString() };
    return { ...resource, id, meta } as T & { id: string };
  }

  private newId(): string {
    this.counter += 1;
    return `srv-${Date.now().toString(36)}-${this.counter}`;
  }

  /** Finds the one match of a conditional create's query (`identifier=system|value`), if any. */
  private findExisting(
    resourceType: string,
    ifNoneExist: string | undefined,
  ): (Resource & { id: string }) | undefined {
    if (!ifNoneExist) return undefined;
    const bundle = this.search(resourceType, new URLSearchParams(ifNoneExist.replace(/^\?/, '')), '');
    const found = (bundle.entry ?? []).map((entry) => entry.resource as Resource & { id: string });
    if (found.length > 1) {
      throw new SearchError(
        `ifNoneExist "${ifNoneExist}" matches ${found.length} resources.`,
        412,
        'duplicate',
      );
    }
    return found[0];
  }

  /** POST /Type: the server assigns the id (any id sent is ignored, per the spec). */
  create(resource: Resource, options: { ifNoneExist?: string } = {}): CreateResult {
    const existing = this.findExisting(resource.resourceType, options.ifNoneExist);
    if (existing) return { resource: structuredClone(existing), created: false };
    this.check(resource);
    const stored = this.stamp(structuredClone(resource), this.newId());
    this.put(stored);
    return { resource: structuredClone(stored), created: true };
  }

  /** POST / with a transaction Bundle: all entries succeed or none is stored. */
  transaction(bundle: Bundle): Bundle {
    if (bundle.resourceType !== 'Bundle' || bundle.type !== 'transaction') {
      throw new SearchError('POST to the server base takes a Bundle of type "transaction".', 400, 'invalid');
    }
    const entries = bundle.entry ?? [];
    type Planned = { entry: BundleEntry; resource: Resource & { id: string }; created: boolean };
    const planned: Planned[] = [];
    const idsByFullUrl = new Map<string, string>();
    for (const [index, entry] of entries.entries()) {
      const resource = entry.resource;
      if (entry.request?.method !== 'POST' || !resource) {
        throw new SearchError(
          `Transaction entry ${index}: only POST with a resource is supported by this server.`,
          400,
          'not-supported',
        );
      }
      if (entry.request.url !== resource.resourceType) {
        throw new SearchError(
          `Transaction entry ${index}: request.url "${entry.request.url}" does not match ${resource.resourceType}.`,
        );
      }
      const existing = this.findExisting(resource.resourceType, entry.request.ifNoneExist);
      const id = existing?.id ?? this.newId();
      if (entry.fullUrl) idsByFullUrl.set(entry.fullUrl, `${resource.resourceType}/${id}`);
      planned.push({
        entry,
        resource: existing ?? this.stamp(structuredClone(resource), id),
        created: !existing,
      });
    }
    const pending = new Set(idsByFullUrl.values());
    for (const item of planned) {
      if (!item.created) continue;
      item.resource = resolveReferences(item.resource, idsByFullUrl);
      this.check(item.resource, pending);
    }
    for (const item of planned) if (item.created) this.put(item.resource);
    return {
      resourceType: 'Bundle',
      type: 'transaction-response',
      entry: planned.map((item) => ({
        fullUrl: item.entry.fullUrl,
        resource: structuredClone(item.resource),
        response: {
          status: item.created ? '201 Created' : '200 OK',
          location: `${item.resource.resourceType}/${item.resource.id}/_history/${item.resource.meta?.versionId ?? '1'}`,
          etag: `W/"${item.resource.meta?.versionId ?? '1'}"`,
          lastModified: item.resource.meta?.lastUpdated,
        },
      })),
    };
  }

  capabilityStatement(): CapabilityStatement {
    return {
      resourceType: 'CapabilityStatement',
      status: 'active',
      date: DEMO_TODAY,
      publisher: 'bacloplan (demo data, not a real EHR)',
      kind: 'instance',
      software: { name: 'bacloplan demo EHR' },
      implementation: { description: 'In-browser mock FHIR R4 server with a synthetic cohort' },
      fhirVersion: '4.0.1',
      format: ['json', 'application/fhir+json'],
      rest: [
        {
          mode: 'server',
          interaction: [{ code: 'transaction' }],
          resource: SUPPORTED_TYPES.map((type): CapabilityStatementRestResource => ({
            type: type as CapabilityStatementRestResource['type'],
            interaction: [{ code: 'read' }, { code: 'search-type' }, { code: 'create' }, { code: 'update' }],
            conditionalCreate: true,
            searchParam: Object.entries(SEARCH_PARAMS[type] ?? {}).map(([name, def]) => ({
              name,
              type: def.type as 'string',
              documentation: def.description,
            })),
          })),
        },
      ],
    };
  }
}

/** Replaces `urn:uuid:` references of a transaction with the ids the server assigned. */
function resolveReferences<T>(value: T, ids: ReadonlyMap<string, string>): T {
  if (Array.isArray(value)) return value.map((item: unknown) => resolveReferences(item, ids)) as T;
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    copy[key] =
      key === 'reference' && typeof item === 'string' && ids.has(item)
        ? ids.get(item)
        : resolveReferences(item, ids);
  }
  return copy as T;
}
