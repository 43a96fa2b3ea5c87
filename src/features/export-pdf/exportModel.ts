/**
 * What both PDFs derive from PlanExportData before laying anything out: the product, the effective
 * caps, the findings split into "findings" and "monitoring", the cited sources. Computed once so the
 * prescriber copy and the patient handout cannot disagree.
 */
import {
  getProduct,
  mergeFindings,
  planOverrideReasons,
  resolveSource,
  RULESET_VERSION,
  type Finding,
  type Product,
} from '../../rules';
import type { PlanExportData } from '../../lib/planExport';
import { buildPrescription, DEFAULT_FILL_DAYS, type Prescription } from '../../lib/prescription';

export type Paper = 'a4' | 'letter';

export interface PdfOptions {
  paper: Paper;
}

export interface ExportModel {
  data: PlanExportData;
  locale: string;
  product: Product | undefined;
  /** The regimen's cap (with the clinician's edit) before the renal factor. */
  regimenCapMgPerDay: number;
  /** The cap the plan was built with: regimen cap × renal dose factor, rounded to the product. */
  planCapMgPerDay: number;
  /** Every finding except monitoring, most serious first, without duplicates. */
  findings: Finding[];
  /** Monitoring findings (spec §8), in the order the rules gave them. */
  monitoring: Finding[];
  /** Administration labels in the order of the first day that has them (morning, noon, …). */
  administrationLabels: string[];
  /** The renal hard-stop override's reason, if the plan was built past it. */
  overrideReason: string | null;
  /** The fr-2018 dose-profile override's reason: its own decision and its own line (spec §4). */
  doseProfileOverrideReason: string | null;
  rulesetVersion: string;
  /** The prescription (steps, fills) of a plan that is not blocked: one for every page that needs it. */
  prescription: Prescription | undefined;
  /** Source keys cited anywhere in the document, in first-cited order. */
  citedSources: string[];
}

/** Spec §8 monitoring, plus the renal module's "recheck creatinine" advice. */
export function isMonitoringFinding(finding: Finding): boolean {
  return finding.ruleId.startsWith('monitor.') || finding.ruleId === 'renal.recheck-creatinine';
}

export function buildExportModel(data: PlanExportData): ExportModel {
  const { plan, input, regimen } = data;
  const overrides = planOverrideReasons(input);
  const productId = plan.summary?.effective?.product ?? input.params?.product ?? regimen.params.product;
  const product = getProduct(productId);

  // The planner's plan comes from planFor, which already merged renal, interaction and plan findings;
  // merging again with the same rule (mergeFindings) keeps a plan built any other way complete.
  const sorted = mergeFindings(plan.findings, data.renal?.findings ?? [], data.interactions.findings);
  const findings = sorted.filter((finding) => !isMonitoringFinding(finding));
  const monitoring = sorted.filter(isMonitoringFinding);

  const administrationLabels: string[] = [];
  for (const day of plan.days) {
    for (const administration of day.administrations) {
      if (!administrationLabels.includes(administration.label))
        administrationLabels.push(administration.label);
    }
  }

  const citedSources: string[] = [];
  for (const key of [...regimen.sources, ...sorted.flatMap((finding) => finding.sources)]) {
    if (!citedSources.includes(key)) citedSources.push(key);
  }

  return {
    data,
    locale: data.locale,
    product,
    regimenCapMgPerDay: input.params?.capMgPerDay ?? regimen.params.capMgPerDay,
    planCapMgPerDay: plan.capMgPerDay,
    findings,
    monitoring,
    administrationLabels,
    overrideReason: overrides.renal,
    doseProfileOverrideReason: overrides.doseProfile,
    rulesetVersion: plan.rulesetVersion ?? RULESET_VERSION,
    prescription: plan.blocked ? undefined : buildPrescription(plan, data.fillDays ?? DEFAULT_FILL_DAYS),
    citedSources,
  };
}

/** "Addolorato G et al. … 2002;37:504" → "Addolorato G et al. (2002)": short enough for a table cell. */
export function shortCitation(key: string): string {
  const citation = resolveSource(key).citation;
  const firstSentence = citation.split('. ')[0] ?? citation;
  const year = /\b(19|20)\d{2}\b/.exec(citation)?.[0];
  const short = firstSentence.length > 48 ? `${firstSentence.slice(0, 45)}…` : firstSentence;
  return year && !short.includes(year) ? `${short} (${year})` : short;
}
