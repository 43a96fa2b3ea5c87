/**
 * A bacloplan plan written as FHIR R4, and read back for the chart's "previous plans".
 *
 * Design (one transaction Bundle, all-or-nothing):
 * - one `CarePlan` (intent `plan`, category `https://bacloplan.app/fhir/CodeSystem/plan-category|baclofen-aud`)
 *   with the period, a plain-language description, notes (override reason, major findings) and
 *   extensions: ruleset version, regimen id, override reason, cap, target and renal band;
 * - one `MedicationRequest` per phase (titration, hold, maintenance, taper), intent `plan` — decision
 *   support, not an order: the prescriber orders in the EHR — for the chosen product (a contained
 *   `Medication`: RxNorm ingredient, dose form, strength per tablet), requested by the signed-in
 *   prescriber (SMART `fhirUser`) or the name entered on this device. One `Dosage` per step (run of
 *   identical days, src/lib/prescription.ts) with `sequence` in time order and
 *   `timing.repeat.boundsPeriod`; the times of day as Universal Medication Schedule events
 *   (`when`: MORN, NOON, EVE, HS); doses of different sizes in one step are one Dosage each, sharing the
 *   step's sequence; a 0 mg administration is no line. `doseAndRate.doseQuantity` in UCUM mg;
 *   `dispenseRequest` gives the quantity per fill, the fills and the fill length;
 * - CarePlan.activity.reference → each MedicationRequest and MedicationRequest.basedOn → the CarePlan;
 * - every resource carries the plan's UUID as an identifier and is created with `ifNoneExist` on it, so
 *   a retried save (from the device's outbox) never creates a duplicate.
 */
import type {
  Bundle,
  BundleEntry,
  CarePlan,
  Dosage,
  Extension,
  Medication,
  MedicationRequest,
  Practitioner,
  PractitionerRole,
  Reference,
} from '@medplum/fhirtypes';
import { getProduct, getRegimen, planOverrideReasons, RULESET_VERSION } from '../rules';
import type { DispenseLine, Finding, Plan, PlanDay, PlanInput, Product, RenalAssessment } from '../rules';
import {
  buildPrescription,
  DEFAULT_FILL_DAYS,
  mgText,
  planProduct,
  quantityText,
  stepDirections,
  type Prescription,
  type PrescriptionStep,
} from '../lib/prescription';
import { BACLOPLAN, RXNORM_BACLOFEN, SYSTEM } from './codes';

/** What the planner passes to `useSavePlan`: the plan, what produced it, and the findings shown with it. */
export interface SavePlanArgs {
  plan: Plan;
  input: PlanInput;
  renal?: RenalAssessment;
  findings: Finding[];
  /** The regimen's name as shown to the prescriber (defaults to its id). */
  regimenName?: string;
  /** The prescriber's name as entered on this device, for requester and author. */
  prescriberName?: string;
  /** Days per fill for `dispenseRequest` (28 when not chosen). */
  fillDays?: number;
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
  /** The signed-in user (`Practitioner/123`), from the SMART session. */
  fhirUser?: string;
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

function mgQuantity(mg: number) {
  return { value: mg, unit: 'mg', system: SYSTEM.ucum, code: 'mg' };
}

const ORAL_ROUTE = {
  coding: [{ system: SYSTEM.snomed, code: '26643006', display: 'Oral route' }],
  text: 'oral',
};

/** Universal Medication Schedule times as FHIR event timings; other labels stay in the text only. */
const UMS_EVENT: Record<string, 'MORN' | 'NOON' | 'EVE' | 'HS'> = {
  morning: 'MORN',
  noon: 'NOON',
  midday: 'NOON',
  evening: 'EVE',
  bedtime: 'HS',
  night: 'HS',
};

function umsEvent(label: string) {
  return UMS_EVENT[label.trim().toLowerCase()];
}

/**
 * One step's Dosage lines: one per dose size (same sequence: they apply on the same days), each with
 * its times of day. A time the schedule does not name (e.g. "1 h before high-risk time") makes the
 * line "once daily" with the time in words.
 */
function stepDosages(step: PrescriptionStep, sequence: number, product: Product): Dosage[] {
  const bounds = { start: step.from, end: step.to };
  const period = `from ${step.from} to ${step.to}`;
  const sizes = [...new Set(step.doses.map((dose) => dose.mg))];
  return sizes.flatMap((mg) => {
    const doses = step.doses.filter((dose) => dose.mg === mg);
    const events = doses.map((dose) => umsEvent(dose.label));
    const named = events.every((event) => event !== undefined);
    const lines = named ? [doses] : doses.map((dose) => [dose]);
    return lines.map((group) => {
      const when = group.map((dose) => umsEvent(dose.label)).filter((event) => event !== undefined);
      return {
        sequence,
        text: `${stepDirections(group, product)} ${mgText(step.dailyMg)} mg a day in total, ${period}.`,
        timing: {
          repeat: {
            boundsPeriod: bounds,
            ...(when.length === group.length
              ? { when }
              : { frequency: 1, period: 1, periodUnit: 'd' as const }),
          },
        },
        route: ORAL_ROUTE,
        doseAndRate: [{ doseQuantity: mgQuantity(mg) }],
      };
    });
  });
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

const BACLOFEN_CODING = { system: SYSTEM.rxnorm, code: RXNORM_BACLOFEN, display: 'baclofen' };
const DRUG_FORM = 'http://terminology.hl7.org/CodeSystem/v3-orderableDrugForm';

/**
 * The product as a contained Medication: the RxNorm ingredient, the dose form and, for a single
 * strength, the strength per tablet (or per mL). The product's RxNorm clinical drug code is not
 * written: the spec has no sourced table of them yet (src/rules/README.md), and a wrong code is worse
 * than none; the text names the product exactly.
 */
function productMedication(prescription: Prescription): Medication {
  const { product } = prescription;
  const solution = product.form === 'solution';
  const single = product.strengthsMg.length === 1 ? product.strengthsMg[0] : undefined;
  return {
    resourceType: 'Medication',
    id: 'product',
    code: { coding: [BACLOFEN_CODING], text: prescription.productText },
    form: solution
      ? { coding: [{ system: DRUG_FORM, code: 'ORALSOL', display: 'Oral Solution' }], text: 'oral solution' }
      : { coding: [{ system: DRUG_FORM, code: 'TAB', display: 'Tablet' }], text: 'tablet' },
    ingredient: [
      {
        itemCodeableConcept: { coding: [BACLOFEN_CODING], text: 'baclofen' },
        isActive: true,
        ...(single === undefined
          ? {}
          : {
              strength: {
                numerator: mgQuantity(single),
                denominator: solution
                  ? { value: 1, unit: 'mL', system: SYSTEM.ucum, code: 'mL' }
                  : { value: 1, unit: 'tablet', system: DRUG_FORM, code: 'TAB' },
              },
            }),
      },
    ],
  };
}

function dispenseQuantity(line: DispenseLine) {
  return line.unit === 'mL'
    ? { value: line.count, unit: 'mL', system: SYSTEM.ucum, code: 'mL' }
    : { value: line.count, unit: 'tablet', system: DRUG_FORM, code: 'TAB' };
}

/**
 * The phase's fills: each covers the fill length; the quantity is the largest fill (enough for each),
 * and the note lists every fill exactly. Several strengths (Baclocur) have no one quantity: the note
 * carries them.
 */
function phaseDispense(
  phaseDays: readonly PlanDay[],
  prescription: Prescription,
  fillDays: number,
): { dispenseRequest: MedicationRequest['dispenseRequest']; note: string } | undefined {
  const fills =
    buildPrescription({ ...EMPTY_PLAN, days: [...phaseDays] }, fillDays, prescription.product)?.fills ?? [];
  const first = fills[0];
  const last = fills.at(-1);
  if (!first || !last) return undefined;
  const singleLines = fills.every((fill) => fill.quantity.length === 1);
  const largest = singleLines
    ? fills.map((fill) => fill.quantity[0]!).reduce((a, b) => (b.count > a.count ? b : a))
    : undefined;
  return {
    dispenseRequest: {
      validityPeriod: { start: first.from, end: last.to },
      numberOfRepeatsAllowed: fills.length - 1,
      expectedSupplyDuration: {
        value: Math.min(fillDays, phaseDays.length),
        unit: 'days',
        system: SYSTEM.ucum,
        code: 'd',
      },
      ...(largest ? { quantity: dispenseQuantity(largest) } : {}),
    },
    note: `Fills of ${fillDays} days: ${fills
      .map((fill) => `fill ${fill.number} (${fill.from} to ${fill.to}) ${quantityText(fill.quantity)}`)
      .join('; ')}.`,
  };
}

const EMPTY_PLAN: Plan = {
  days: [],
  capMgPerDay: 0,
  targetMgPerDay: 0,
  findings: [],
  blocked: false,
  unacknowledged: [],
};

/** The product the plan was built with; the rules' own fallback for a plan that does not record it. */
function productOf(plan: Plan, input: PlanInput): Product | undefined {
  return (
    planProduct(plan) ??
    getProduct(input.params?.product ?? getRegimen(input.regimenId)?.params.product ?? '')
  );
}

function prescriberReference(
  context: PlanFhirContext,
  name: string | undefined,
): Reference<Practitioner | PractitionerRole> | undefined {
  const display = name?.trim() ? name.trim() : undefined;
  if (context.fhirUser) return { reference: context.fhirUser, ...(display ? { display } : {}) };
  return display ? { display } : undefined;
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
  const fillDays = args.fillDays ?? DEFAULT_FILL_DAYS;
  const product = productOf(plan, input);
  const prescription = product ? buildPrescription(plan, fillDays, product) : undefined;
  if (!prescription) throw new PlanNotSavableError('This plan does not say which product it was built for.');
  const prescriber = prescriberReference(context, args.prescriberName);

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

  const phases = PHASE_ORDER.filter((phase) => prescription.steps.some((step) => step.phase === phase));
  const requestEntries: BundleEntry<MedicationRequest>[] = [];
  const sequences = new Map<PrescriptionStep, number>(
    prescription.steps.map((step, index) => [step, index + 1]),
  );
  const medication = productMedication(prescription);

  for (const phase of phases) {
    const phaseSteps = prescription.steps.filter((step) => step.phase === phase);
    const phaseStart = phaseSteps[0]?.from ?? first.start;
    const phaseEnd = phaseSteps.at(-1)?.to ?? last.end;
    const phaseDays = plan.days.filter((day) => day.phase === phase && day.totalMg > 0);
    const dispense = phaseDispense(phaseDays, prescription, fillDays);
    const request: MedicationRequest = {
      resourceType: 'MedicationRequest',
      contained: [medication],
      identifier: identifier(phase),
      status: 'active',
      intent: 'plan',
      medicationReference: { reference: '#product', display: prescription.productText },
      subject: patient,
      authoredOn: context.createdAt,
      ...(prescriber ? { requester: prescriber } : {}),
      basedOn: [{ reference: carePlanUrl }],
      reasonCode: [
        {
          coding: [{ system: SYSTEM.snomed, code: '7200002', display: 'Alcoholism' }],
          text: 'Alcohol use disorder',
        },
      ],
      dosageInstruction: phaseSteps.flatMap((step) =>
        stepDosages(step, sequences.get(step) ?? 0, prescription.product),
      ),
      ...(dispense?.dispenseRequest ? { dispenseRequest: dispense.dispenseRequest } : {}),
      note: [
        { text: `${PHASE_LABEL[phase]} phase, ${phaseStart} to ${phaseEnd}.` },
        ...(dispense ? [{ text: dispense.note }] : []),
      ],
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
    ...(prescriber ? { author: prescriber } : {}),
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
