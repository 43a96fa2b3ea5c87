/**
 * A follow-up visit (spec §9) written as FHIR R4, and read back.
 *
 * One transaction Bundle per visit, all-or-nothing: an `Encounter` (status finished, class ambulatory,
 * type `visit|baclofen-follow-up`, the visit date as its period) and one `Observation` per item recorded,
 * each with `encounter` → the Encounter, `basedOn` → the active CarePlan when known, the visit date as
 * `effectiveDateTime`, and a code of the app's visit code system (`BACLOPLAN.visitCodeSystem`, README):
 * dose taken (mg/d, one component per administration when they differ), planned dose, adherence, drinks
 * per day (also LOINC 74013-4, with the drink size in g as a component), heavy-drinking days, craving
 * (0–10), side effects (one component per effect with its grade), a new creatinine (also its LOINC code,
 * so the chart reads it as a lab) and medication changes. Every resource carries the visit's UUID as an
 * identifier and is created with `ifNoneExist` on it: a retried save never duplicates.
 */
import type {
  Bundle,
  BundleEntry,
  CodeableConcept,
  Encounter,
  Observation,
  ObservationComponent,
  Quantity,
} from '@medplum/fhirtypes';
import { SIDE_EFFECTS, type Grade, type SideEffect, type Visit } from '../rules';
import type { VisitRecord } from '../lib/db';
import { BACLOPLAN, LOINC, SYSTEM, VISIT_CODE } from './codes';

const concept = (code: string, display: string): CodeableConcept => ({
  coding: [{ system: BACLOPLAN.visitCodeSystem, code, display }],
  text: display,
});
const ucum = (value: number, unit: string, code = unit): Quantity => ({
  value,
  unit,
  system: SYSTEM.ucum,
  code,
});
const SURVEY = {
  coding: [{ system: SYSTEM.observationCategory, code: 'survey', display: 'Survey' }],
};
const GRADE_DISPLAY: Record<Grade, string> = { none: 'None', mild: 'Mild', troublesome: 'Troublesome' };

interface Item {
  key: string;
  code: CodeableConcept;
  value: Partial<Observation>;
  component?: ObservationComponent[];
}

function items(record: VisitRecord): Item[] {
  const { visit } = record;
  const list: Item[] = [
    {
      key: VISIT_CODE.doseTaken,
      code: concept(VISIT_CODE.doseTaken, 'Baclofen dose actually taken'),
      value: { valueQuantity: ucum(visit.doseTakenMgPerDay, 'mg/d') },
      ...(visit.administrations
        ? {
            component: visit.administrations.map((item) => ({
              code: { text: item.label },
              valueQuantity: ucum(item.mg, 'mg'),
            })),
          }
        : {}),
    },
  ];
  if (record.plannedMgPerDay !== undefined)
    list.push({
      key: VISIT_CODE.dosePlanned,
      code: concept(VISIT_CODE.dosePlanned, 'Baclofen dose planned for the visit date'),
      value: { valueQuantity: ucum(record.plannedMgPerDay, 'mg/d') },
    });
  if (visit.adherence)
    list.push({
      key: VISIT_CODE.adherence,
      code: concept(VISIT_CODE.adherence, 'Adherence to baclofen'),
      value: { valueCodeableConcept: concept(visit.adherence, visit.adherence) },
    });
  if (visit.drinksPerDay !== undefined && visit.drinkSizeG !== undefined)
    list.push({
      key: VISIT_CODE.drinksPerDay,
      code: {
        coding: [
          { system: SYSTEM.loinc, code: LOINC.alcoholicDrinksPerDay, display: 'Alcoholic drinks per day' },
          {
            system: BACLOPLAN.visitCodeSystem,
            code: VISIT_CODE.drinksPerDay,
            display: 'Standard drinks per day',
          },
        ],
        text: 'Standard drinks per day since the last visit',
      },
      value: { valueQuantity: ucum(visit.drinksPerDay, 'drinks/day', '{drinks}/d') },
      component: [
        {
          code: concept(VISIT_CODE.drinkSize, 'Standard drink size'),
          valueQuantity: ucum(visit.drinkSizeG, 'g'),
        },
      ],
    });
  if (visit.heavyDrinkingDays !== undefined)
    list.push({
      key: VISIT_CODE.heavyDrinkingDays,
      code: concept(VISIT_CODE.heavyDrinkingDays, 'Heavy-drinking days since the last visit'),
      value: { valueQuantity: ucum(visit.heavyDrinkingDays, 'days', 'd') },
    });
  if (visit.cravingScore !== undefined)
    list.push({
      key: VISIT_CODE.craving,
      code: concept(VISIT_CODE.craving, 'Alcohol craving (0–10)'),
      value: { valueInteger: visit.cravingScore },
    });
  const effects = Object.entries(visit.sideEffects ?? {}) as [SideEffect, Grade][];
  if (effects.length > 0)
    list.push({
      key: VISIT_CODE.sideEffects,
      code: concept(VISIT_CODE.sideEffects, 'Baclofen side effects since the last visit'),
      value: {},
      component: effects.map(([effect, grade]) => ({
        code: concept(effect, effect),
        valueCodeableConcept: concept(grade, GRADE_DISPLAY[grade]),
      })),
    });
  if (visit.creatinine) {
    const mass = visit.creatinine.unit === 'mg/dL';
    list.push({
      key: VISIT_CODE.creatinine,
      code: {
        coding: [
          {
            system: SYSTEM.loinc,
            code: mass ? LOINC.creatinineMassPerVolume : LOINC.creatinineMolesPerVolume,
            display: 'Creatinine [Mass or Moles/volume] in Serum or Plasma',
          },
          {
            system: BACLOPLAN.visitCodeSystem,
            code: VISIT_CODE.creatinine,
            display: 'Creatinine at a visit',
          },
        ],
        text: 'Creatinine',
      },
      value: {
        valueQuantity: mass
          ? ucum(visit.creatinine.value, 'mg/dL')
          : ucum(visit.creatinine.value, 'µmol/L', 'umol/L'),
      },
    });
  }
  if (record.suggestion)
    list.push({
      key: VISIT_CODE.suggestion,
      code: concept(
        VISIT_CODE.suggestion,
        'What bacloplan suggested at the visit, and whether it was accepted',
      ),
      value: { valueCodeableConcept: concept(record.suggestion.action, record.suggestion.action) },
      component: [
        { code: concept('rule-id', 'Rule id'), valueString: record.suggestion.ruleId },
        { code: concept('accepted', 'Accepted'), valueBoolean: record.suggestion.accepted },
      ],
    });
  if (record.medicationChanges?.length)
    list.push({
      key: VISIT_CODE.medicationChanges,
      code: concept(VISIT_CODE.medicationChanges, 'Medication changes reported at the visit'),
      value: { valueString: record.medicationChanges.join('\n') },
    });
  return list;
}

export interface VisitFhirContext {
  patientId: string;
  /** The active plan's CarePlan id, when the chart has one. */
  carePlanId?: string;
  uuid?: () => string;
}

/** The visit as a transaction Bundle (see the file comment). */
export function visitToFhir(record: VisitRecord, context: VisitFhirContext): Bundle {
  const newUuid = context.uuid ?? (() => crypto.randomUUID());
  const patient = { reference: `Patient/${context.patientId}` };
  const encounterUrl = `urn:uuid:${newUuid()}`;
  const identifier = (suffix?: string) => [
    { system: BACLOPLAN.visitIdentifierSystem, value: suffix ? `${record.uuid}/${suffix}` : record.uuid },
  ];
  const ifNoneExist = (suffix?: string) =>
    `identifier=${BACLOPLAN.visitIdentifierSystem}|${suffix ? `${record.uuid}/${suffix}` : record.uuid}`;
  const encounter: Encounter = {
    resourceType: 'Encounter',
    identifier: identifier(),
    status: 'finished',
    class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB', display: 'ambulatory' },
    type: [concept(VISIT_CODE.encounterType, 'Baclofen follow-up visit (alcohol use disorder)')],
    subject: patient,
    period: { start: record.visit.date, end: record.visit.date },
    ...(record.suggestion
      ? {
          extension: [
            {
              url: BACLOPLAN.extVisitSuggestion,
              valueString: `${record.suggestion.ruleId}|${record.suggestion.action}|${record.suggestion.accepted ? 'accepted' : 'not-accepted'}`,
            },
          ],
        }
      : {}),
  };
  const observations: BundleEntry<Observation>[] = items(record).map((item) => ({
    fullUrl: `urn:uuid:${newUuid()}`,
    resource: {
      resourceType: 'Observation',
      identifier: identifier(item.key),
      status: 'final',
      category: [SURVEY],
      code: item.code,
      subject: patient,
      encounter: { reference: encounterUrl },
      ...(context.carePlanId ? { basedOn: [{ reference: `CarePlan/${context.carePlanId}` }] } : {}),
      effectiveDateTime: record.visit.date,
      ...item.value,
      ...(item.component ? { component: item.component } : {}),
    },
    request: { method: 'POST', url: 'Observation', ifNoneExist: ifNoneExist(item.key) },
  }));
  return {
    resourceType: 'Bundle',
    type: 'transaction',
    entry: [
      {
        fullUrl: encounterUrl,
        resource: encounter,
        request: { method: 'POST', url: 'Encounter', ifNoneExist: ifNoneExist() },
      },
      ...observations,
    ],
  };
}

/** A saved transaction Bundle is a visit's when its first resource is a bacloplan follow-up Encounter. */
export function isVisitBundle(bundle: unknown): boolean {
  const first = (bundle as Bundle | undefined)?.entry?.[0]?.resource;
  return (
    first?.resourceType === 'Encounter' &&
    (first.type ?? []).some((type) =>
      (type.coding ?? []).some(
        (coding) => coding.system === BACLOPLAN.visitCodeSystem && coding.code === VISIT_CODE.encounterType,
      ),
    )
  );
}

// ---------------------------------------------------------------------------------------------------
// Reading visits back

const visitCode = (observation: Observation): string | undefined =>
  observation.code?.coding?.find((coding) => coding.system === BACLOPLAN.visitCodeSystem)?.code;
const componentCode = (component: ObservationComponent): string | undefined =>
  component.code?.coding?.find((coding) => coding.system === BACLOPLAN.visitCodeSystem)?.code;
const finite = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;
const GRADES: readonly string[] = ['none', 'mild', 'troublesome'];

/** The visit UUID an Observation belongs to (its identifier `uuid/item`). */
function visitUuidOf(observation: Observation): string | undefined {
  const value = observation.identifier?.find(
    (item) => item.system === BACLOPLAN.visitIdentifierSystem,
  )?.value;
  return value?.split('/')[0];
}

function apply(record: VisitRecord, observation: Observation): void {
  const code = visitCode(observation);
  const quantity = finite(observation.valueQuantity?.value);
  const visit = record.visit;
  switch (code) {
    case VISIT_CODE.doseTaken:
      if (quantity !== undefined) visit.doseTakenMgPerDay = quantity;
      if (observation.component?.length)
        visit.administrations = observation.component.flatMap((component) => {
          const mg = finite(component.valueQuantity?.value);
          return mg === undefined ? [] : [{ label: component.code?.text ?? 'dose', mg }];
        });
      break;
    case VISIT_CODE.dosePlanned:
      if (quantity !== undefined) record.plannedMgPerDay = quantity;
      break;
    case VISIT_CODE.adherence: {
      const value = observation.valueCodeableConcept?.coding?.[0]?.code;
      if (value === 'full' || value === 'partial' || value === 'poor') visit.adherence = value;
      break;
    }
    case VISIT_CODE.drinksPerDay: {
      const size = finite(
        observation.component?.find((item) => componentCode(item) === VISIT_CODE.drinkSize)?.valueQuantity
          ?.value,
      );
      if (quantity !== undefined && size !== undefined) {
        visit.drinksPerDay = quantity;
        visit.drinkSizeG = size;
      }
      break;
    }
    case VISIT_CODE.heavyDrinkingDays:
      if (quantity !== undefined) visit.heavyDrinkingDays = quantity;
      break;
    case VISIT_CODE.craving: {
      const score = finite(observation.valueInteger);
      if (score !== undefined) visit.cravingScore = score;
      break;
    }
    case VISIT_CODE.sideEffects: {
      const effects: Partial<Record<SideEffect, Grade>> = {};
      for (const component of observation.component ?? []) {
        const effect = componentCode(component) as SideEffect | undefined;
        const grade = component.valueCodeableConcept?.coding?.[0]?.code;
        if (effect && SIDE_EFFECTS.includes(effect) && grade && GRADES.includes(grade))
          effects[effect] = grade as Grade;
      }
      visit.sideEffects = effects;
      break;
    }
    case VISIT_CODE.creatinine: {
      const unit = observation.valueQuantity?.code;
      if (quantity !== undefined && (unit === 'mg/dL' || unit === 'umol/L'))
        visit.creatinine = { value: quantity, unit };
      break;
    }
    case VISIT_CODE.suggestion: {
      const action = observation.valueCodeableConcept?.coding?.[0]?.code;
      const ruleId = observation.component?.find((item) => componentCode(item) === 'rule-id')?.valueString;
      const accepted = observation.component?.find(
        (item) => componentCode(item) === 'accepted',
      )?.valueBoolean;
      if (action && ruleId) record.suggestion = { action, ruleId, accepted: accepted === true };
      break;
    }
    case VISIT_CODE.medicationChanges:
      if (observation.valueString)
        record.medicationChanges = observation.valueString.split('\n').filter(Boolean);
      break;
    default:
      break;
  }
}

/**
 * The visits of a patient from their Observations (a search on the app's visit code system), one per
 * visit UUID, oldest first. A visit without a readable dose taken is left out (it cannot be planned from).
 */
export function visitsFromObservations(
  patientId: string,
  observations: readonly Observation[],
): VisitRecord[] {
  const byUuid = new Map<string, VisitRecord>();
  for (const observation of observations) {
    const uuid = visitUuidOf(observation);
    const date = observation.effectiveDateTime?.slice(0, 10);
    if (!uuid || !date) continue;
    let record = byUuid.get(uuid);
    if (!record) {
      record = {
        uuid,
        subjectKey: `patient:${patientId}`,
        patientId,
        visit: { date, doseTakenMgPerDay: Number.NaN } as Visit,
        recordedAt: observation.meta?.lastUpdated ?? date,
      };
      byUuid.set(uuid, record);
    }
    apply(record, observation);
  }
  return [...byUuid.values()]
    .filter((record) => Number.isFinite(record.visit.doseTakenMgPerDay))
    .sort((a, b) => a.visit.date.localeCompare(b.visit.date));
}
