/**
 * A bacloplan plan written as FHIR R4, and read back for the chart's "previous plans".
 *
 * Design (one transaction Bundle, all-or-nothing):
 * - one `CarePlan` (intent `plan`, category `https://bacloplan.app/fhir/CodeSystem/plan-category|baclofen-aud`)
 *   with the period, a plain-language description, notes (override reason, major findings) and
 *   extensions: ruleset version, regimen id, override reason, cap, target and renal band;
 * - one `MedicationRequest` per phase (titration, hold, maintenance, taper), intent `plan` — decision
 *   support, not an order: the prescriber orders in the EHR — each with one structured `Dosage` per run
 *   of identical days: `timing.repeat` (frequency per 1 day, `boundsPeriod`), `doseAndRate.doseQuantity`
 *   in UCUM mg, `sequence` in time order (unequal splits share a sequence number: they apply together);
 * - CarePlan.activity.reference → each MedicationRequest and MedicationRequest.basedOn → the CarePlan;
 * - every resource carries the plan's UUID as an identifier and is created with `ifNoneExist` on it, so
 *   a retried save (from the device's outbox) never creates a duplicate.
 */
import type { Bundle, BundleEntry, CarePlan, Dosage, Extension, MedicationRequest } from '@medplum/fhirtypes';
import { planOverrideReasons, RULESET_VERSION } from '../rules';
import type { Finding, Plan, PlanDay, PlanInput, RenalAssessment } from '../rules';
import { BACLOPLAN, RXNORM_BACLOFEN, SYSTEM } from './codes';

/** What the planner passes to `useSavePlan`: the plan, what produced it, and the findings shown with it. */
export interface SavePlanArgs {
  plan: Plan;
  input: PlanInput;
  renal?: RenalAssessment;
  findings: Finding[];
  /** The regimen's name as shown to the prescriber (defaults to its id). */
  regimenName?: string;
}

export interface PlanFhirContext {
  patientId: string;
  /** UUID of this plan: identifier of every resource written, so retries are idempotent. */
  planId: string;
  /** When the prescriber saved it (ISO instant). */
  createdAt: string;
  rulesetVersion?: string;
  /** Ids of the patient's earlier active plans this version replaces (`CarePlan.replaces`). */
  replaces?: readonly string[];
  /** Makes the transaction's temporary `urn:uuid` ids; injectable so tests are deterministic. */
  uuid?: () => string;
}

export class PlanNotSavableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlanNotSavableError';
  }
}

type Phase = PlanDay['phase'];
const PHASE_ORDER: readonly Phase[] = ['titration', 'hold', 'maintenance', 'taper'];
const PHASE_LABEL: Record<Phase, string> = {
  titration: 'Titration',
  hold: 'Hold after intolerance',
  maintenance: 'Maintenance',
  taper: 'Taper',
};

interface Segment {
  phase: Phase;
  start: string;
  end: string;
  administrations: { label: string; mg: number }[];
  totalMg: number;
}

function administrationKey(day: PlanDay): string {
  return day.administrations.map((item) => `${item.label}:${item.mg}`).join('|');
}

/** Consecutive days with the same phase and the same doses become one segment (one Dosage). */
export function planSegments(days: readonly PlanDay[]): Segment[] {
  const segments: Segment[] = [];
  for (const day of days) {
    if (day.totalMg <= 0) continue; // the day after the last taper step: nothing to take
    const last = segments.at(-1);
    if (last && last.phase === day.phase && administrationKey(day) === segmentKey(last)) {
      last.end = day.date;
      continue;
    }
    segments.push({
      phase: day.phase,
      start: day.date,
      end: day.date,
      administrations: day.administrations.map((item) => ({ ...item })),
      totalMg: day.totalMg,
    });
  }
  return segments;
}

function segmentKey(segment: Segment): string {
  return segment.administrations.map((item) => `${item.label}:${item.mg}`).join('|');
}

const TIMES_A_DAY = ['', 'once daily', 'twice daily', 'three times daily', 'four times daily'];

function timesADay(count: number): string {
  return TIMES_A_DAY[count] ?? `${count} times daily`;
}

function mgQuantity(mg: number) {
  return { value: mg, unit: 'mg', system: SYSTEM.ucum, code: 'mg' };
}

const ORAL_ROUTE = {
  coding: [{ system: SYSTEM.snomed, code: '26643006', display: 'Oral route' }],
  text: 'oral',
};

function segmentDosages(segment: Segment, sequence: number): Dosage[] {
  const bounds = { start: segment.start, end: segment.end };
  const when = `${segment.start} to ${segment.end}`;
  const doses = segment.administrations;
  const equal = doses.every((dose) => dose.mg === doses[0]?.mg);
  if (equal && doses[0]) {
    return [
      {
        sequence,
        text: `${doses[0].mg} mg ${timesADay(doses.length)} (${segment.totalMg} mg/day), ${when}`,
        timing: { repeat: { boundsPeriod: bounds, frequency: doses.length, period: 1, periodUnit: 'd' } },
        route: ORAL_ROUTE,
        doseAndRate: [{ doseQuantity: mgQuantity(doses[0].mg) }],
      },
    ];
  }
  // Unequal split (e.g. a larger dose before the high-risk time): one instruction per administration,
  // sharing the sequence number because they apply on the same days.
  return doses.map((dose) => ({
    sequence,
    text: `${dose.label}: ${dose.mg} mg once daily (${segment.totalMg} mg/day in total), ${when}`,
    timing: { repeat: { boundsPeriod: bounds, frequency: 1, period: 1, periodUnit: 'd' } },
    route: ORAL_ROUTE,
    doseAndRate: [{ doseQuantity: mgQuantity(dose.mg) }],
  }));
}

function ext(url: string, value: Partial<Extension>): Extension {
  return { url, ...value };
}

const SERIOUS: ReadonlySet<Finding['severity']> = new Set(['hard-stop', 'contraindicated', 'major']);

function findingNotes(findings: readonly Finding[]): string[] {
  const seen = new Set<string>();
  const notes: string[] = [];
  for (const finding of findings) {
    if (!SERIOUS.has(finding.severity)) continue;
    const key = `${finding.ruleId}|${finding.subject ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    notes.push(`${finding.severity}: ${finding.title}${finding.action ? ` — ${finding.action}` : ''}`);
  }
  return notes;
}

function formatMg(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

function describePlan(args: SavePlanArgs, start: string, end: string, rulesetVersion: string): string {
  const { plan, input, renal } = args;
  const regimen = args.regimenName ?? input.regimenId;
  const maxMg = Math.max(...plan.days.map((day) => day.totalMg));
  const lastDose = plan.days.at(-1)?.totalMg ?? 0;
  const ending =
    lastDose === 0 || plan.days.some((day) => day.phase === 'taper')
      ? `ends with a taper (last dose ${plan.summary?.taperEnd ?? end})`
      : `continues; review on ${plan.summary?.reviewDate ?? end}`;
  const parts = [
    `Baclofen for alcohol use disorder, regimen ${regimen}, ${start} to ${end}.`,
    `Target ${formatMg(plan.targetMgPerDay)} mg/day, cap ${formatMg(plan.capMgPerDay)} mg/day, highest planned dose ${formatMg(maxMg)} mg/day; ${ending}.`,
  ];
  if (renal) {
    parts.push(
      `Renal band ${renal.band} (CrCl ${renal.crclMlMin.toFixed(1)} mL/min on ${renal.weightBasis} weight, eGFR ${renal.egfrMlMin173.toFixed(1)} mL/min/1.73 m²).`,
    );
  }
  parts.push(`Decision support from bacloplan, ruleset ${rulesetVersion}: a plan, not an order.`);
  return parts.join(' ');
}

/**
 * The plan as a FHIR transaction Bundle (see the file comment for the design).
 * @throws PlanNotSavableError for a blocked plan (a hard stop without override) or a plan with no doses.
 */
export function planToFhir(args: SavePlanArgs, context: PlanFhirContext): Bundle {
  const { plan, input, renal } = args;
  if (plan.blocked) {
    throw new PlanNotSavableError(
      'This plan is blocked by a hard stop; record an override reason before saving it.',
    );
  }
  if ((plan.unacknowledged?.length ?? 0) > 0) {
    throw new PlanNotSavableError(
      'This plan has a contraindicated finding that is not acknowledged; acknowledge it with a reason before saving.',
    );
  }
  const segments = planSegments(plan.days);
  const first = segments[0];
  const last = segments.at(-1);
  if (!first || !last) throw new PlanNotSavableError('This plan has no doses to save.');

  const newUuid = context.uuid ?? (() => crypto.randomUUID());
  const rulesetVersion = context.rulesetVersion ?? plan.rulesetVersion ?? RULESET_VERSION;
  const patient = { reference: `Patient/${context.patientId}` };
  const carePlanUrl = `urn:uuid:${context.planId}`;
  const identifier = (suffix?: string) => [
    {
      system: BACLOPLAN.planIdentifierSystem,
      value: suffix ? `${context.planId}/${suffix}` : context.planId,
    },
  ];
  const overrides = planOverrideReasons(input);
  const overrideReason = overrides.renal;
  const commonExtensions = [
    ext(BACLOPLAN.extRulesetVersion, { valueString: rulesetVersion }),
    ext(BACLOPLAN.extRegimen, { valueString: input.regimenId }),
    ...(overrideReason ? [ext(BACLOPLAN.extOverrideReason, { valueString: overrideReason })] : []),
    ...(overrides.doseProfile
      ? [ext(BACLOPLAN.extDoseProfileOverrideReason, { valueString: overrides.doseProfile })]
      : []),
  ];

  const phases = PHASE_ORDER.filter((phase) => segments.some((segment) => segment.phase === phase));
  const requestEntries: BundleEntry<MedicationRequest>[] = [];
  let sequence = 0;
  const sequences = new Map<Segment, number>();
  for (const segment of segments) sequences.set(segment, (sequence += 1));

  for (const phase of phases) {
    const phaseSegments = segments.filter((segment) => segment.phase === phase);
    const phaseStart = phaseSegments[0]?.start ?? first.start;
    const phaseEnd = phaseSegments.at(-1)?.end ?? last.end;
    const request: MedicationRequest = {
      resourceType: 'MedicationRequest',
      identifier: identifier(phase),
      status: 'active',
      intent: 'plan',
      medicationCodeableConcept: {
        coding: [{ system: SYSTEM.rxnorm, code: RXNORM_BACLOFEN, display: 'baclofen' }],
        text: 'baclofen',
      },
      subject: patient,
      authoredOn: context.createdAt,
      basedOn: [{ reference: carePlanUrl }],
      reasonCode: [
        {
          coding: [{ system: SYSTEM.snomed, code: '7200002', display: 'Alcoholism' }],
          text: 'Alcohol use disorder',
        },
      ],
      dosageInstruction: phaseSegments.flatMap((segment) =>
        segmentDosages(segment, sequences.get(segment) ?? 0),
      ),
      note: [{ text: `${PHASE_LABEL[phase]} phase, ${phaseStart} to ${phaseEnd}.` }],
      extension: [ext(BACLOPLAN.extPlanPhase, { valueCode: phase }), ...commonExtensions],
    };
    requestEntries.push({
      fullUrl: `urn:uuid:${newUuid()}`,
      resource: request,
      request: {
        method: 'POST',
        url: 'MedicationRequest',
        ifNoneExist: `identifier=${BACLOPLAN.planIdentifierSystem}|${context.planId}/${phase}`,
      },
    });
  }

  const notes = [
    ...(overrideReason
      ? [`Override of the renal hard stop, reason recorded by the prescriber: ${overrideReason}`]
      : []),
    ...(overrides.doseProfile
      ? [
          `Override of the French 80 mg/day maximum (fr-2018), reason recorded by the prescriber: ${overrides.doseProfile}`,
        ]
      : []),
    ...findingNotes(args.findings),
  ];
  const carePlan: CarePlan = {
    resourceType: 'CarePlan',
    identifier: identifier(),
    status: 'active',
    intent: 'plan',
    category: [
      {
        coding: [
          {
            system: BACLOPLAN.planCategorySystem,
            code: BACLOPLAN.planCategoryCode,
            display: 'Baclofen plan for alcohol use disorder',
          },
        ],
        text: 'Baclofen plan for alcohol use disorder',
      },
    ],
    title: `Baclofen plan — ${args.regimenName ?? input.regimenId}`,
    description: describePlan(args, first.start, last.end, rulesetVersion),
    subject: patient,
    period: { start: first.start, end: last.end },
    created: context.createdAt,
    activity: requestEntries.map((entry) => ({ reference: { reference: entry.fullUrl } })),
    ...(context.replaces?.length
      ? { replaces: context.replaces.map((id) => ({ reference: `CarePlan/${id}` })) }
      : {}),
    ...(notes.length > 0 ? { note: notes.map((text) => ({ text })) } : {}),
    extension: [
      ...commonExtensions,
      ext(BACLOPLAN.extCapMgPerDay, { valueDecimal: plan.capMgPerDay }),
      ext(BACLOPLAN.extTargetMgPerDay, { valueDecimal: plan.targetMgPerDay }),
      ...(renal ? [ext(BACLOPLAN.extRenalBand, { valueCode: renal.band })] : []),
    ],
  };

  return {
    resourceType: 'Bundle',
    type: 'transaction',
    entry: [
      {
        fullUrl: carePlanUrl,
        resource: carePlan,
        request: {
          method: 'POST',
          url: 'CarePlan',
          ifNoneExist: `identifier=${BACLOPLAN.planIdentifierSystem}|${context.planId}`,
        },
      },
      ...requestEntries,
    ],
  };
}

// ---------------------------------------------------------------------------------------------------
// Reading plans back

export interface SavedPlanSummary {
  /** The CarePlan id on the server, or `outbox-N` for a plan still on this device. */
  key: string;
  source: 'server' | 'outbox';
  title: string;
  status: string;
  created?: string;
  start?: string;
  end?: string;
  regimen?: string;
  rulesetVersion?: string;
  overrideReason?: string;
  capMgPerDay?: number;
  targetMgPerDay?: number;
  renalBand?: string;
  description?: string;
}

function extensionValue(resource: CarePlan, url: string): string | number | undefined {
  const found = resource.extension?.find((item) => item.url === url);
  return found?.valueString ?? found?.valueCode ?? found?.valueDecimal;
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}

function asNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function mapSavedPlan(
  carePlan: CarePlan,
  source: 'server' | 'outbox',
  key?: string,
): SavedPlanSummary {
  const summary: SavedPlanSummary = {
    key: key ?? carePlan.id ?? '',
    source,
    title: asString(carePlan.title) ?? 'Baclofen plan',
    status: String(carePlan.status),
  };
  const fields: Partial<SavedPlanSummary> = {
    created: asString(carePlan.created),
    start: asString(carePlan.period?.start),
    end: asString(carePlan.period?.end),
    regimen: asString(extensionValue(carePlan, BACLOPLAN.extRegimen)),
    rulesetVersion: asString(extensionValue(carePlan, BACLOPLAN.extRulesetVersion)),
    overrideReason: asString(extensionValue(carePlan, BACLOPLAN.extOverrideReason)),
    capMgPerDay: asNumber(extensionValue(carePlan, BACLOPLAN.extCapMgPerDay)),
    targetMgPerDay: asNumber(extensionValue(carePlan, BACLOPLAN.extTargetMgPerDay)),
    renalBand: asString(extensionValue(carePlan, BACLOPLAN.extRenalBand)),
    description: asString(carePlan.description),
  };
  for (const [name, value] of Object.entries(fields)) {
    if (value !== undefined) (summary as unknown as Record<string, unknown>)[name] = value;
  }
  return summary;
}

/** The CarePlan inside a saved transaction Bundle (what the outbox keeps). */
export function carePlanOf(bundle: unknown): CarePlan | undefined {
  if (typeof bundle !== 'object' || bundle === null) return undefined;
  const entries = (bundle as Bundle).entry;
  if (!Array.isArray(entries)) return undefined;
  return entries
    .map((entry) => entry.resource)
    .find((resource): resource is CarePlan => resource?.resourceType === 'CarePlan');
}
