/**
 * Page 1 of the prescriber copy: who and when, any override or block (boxed, impossible to miss), the
 * plan at a glance, what to dispense and the signature line.
 */
import type { Content } from 'pdfmake/interfaces';
import type { ExportModel } from './exportModel';
import { banner, GRID_LAYOUT, heading, headerCell, keepTogether, keyValueTable } from './pdfBlocks';
import { formatGeneratedAt, formatLongDate, formatMediumDate, mg } from './pdfFormat';
import { MUTED } from './pageFrame';
import { inline, pdfText } from './pdfText';
import { SEVERITY_WORD } from './labels';
import { quantityText } from '../../lib/prescription';

function allergyText(allergies: readonly string[] | undefined): string {
  if (allergies === undefined) return 'not known — ask, and write them here: ______________________';
  return allergies.length > 0 ? allergies.join(', ') : 'none recorded on the chart';
}

function weightText(
  weight: { kg: number; date?: string } | undefined,
  locale: string,
  enteredKg: number | undefined,
): string {
  if (!weight)
    return enteredKg === undefined ? 'not recorded' : `${mg(enteredKg)} kg (entered in the planner)`;
  return weight.date
    ? `${weight.kg} kg (chart, ${formatLongDate(weight.date, locale)})`
    : `${weight.kg} kg (entered in the planner)`;
}

export function identityBlock(model: ExportModel): Content {
  const { data, locale } = model;
  const patient = data.patient;
  const patientLines: Content[] = patient
    ? [
        pdfText(patient.name || 'Name not recorded', { fontSize: 12, bold: true }),
        pdfText(
          [
            `Born: ${patient.birthDate ? formatLongDate(patient.birthDate, locale) : 'not recorded'}`,
            // Age and sex as the renal estimate used them when the chart gave none.
            patient.ageYears !== undefined
              ? `${patient.ageYears} years`
              : data.renalInput
                ? `${data.renalInput.ageYears} years (entered)`
                : '',
            (patient.sex ?? data.renalInput?.sex) === 'female'
              ? 'female'
              : (patient.sex ?? data.renalInput?.sex) === 'male'
                ? 'male'
                : '',
          ]
            .filter(Boolean)
            .join(' · '),
        ),
        pdfText(`Record number: ${patient.identifier ?? 'not recorded'}`),
        pdfText(`Allergies: ${allergyText(patient.allergies)}`),
        pdfText(`Weight used: ${weightText(patient.weight, locale, data.renalInput?.weightKg)}`),
      ]
    : [
        pdfText('No patient selected', { fontSize: 12, bold: true }),
        pdfText('Write the patient’s name, date of birth, record number and allergies here before use:', {
          color: MUTED,
        }),
        pdfText('______________________________________________', { margin: [0, 6, 0, 0] }),
        pdfText('Allergies: ____________________________________', { margin: [0, 6, 0, 0] }),
        ...(data.renalInput
          ? [pdfText(`Weight used: ${mg(data.renalInput.weightKg)} kg (entered in the planner)`)]
          : []),
      ];
  return {
    columns: [
      { width: '*', stack: [pdfText('Patient', { style: 'small' }), ...patientLines] },
      {
        width: 200,
        stack: [
          pdfText('Generated', { style: 'small' }),
          pdfText(formatGeneratedAt(data.generatedAt, locale)),
          pdfText('Prescriber', { style: 'small', margin: [0, 4, 0, 0] }),
          pdfText(data.prescriberName?.trim() ? data.prescriberName : '______________________________'),
        ],
      },
    ],
    margin: [0, 6, 0, 4],
  };
}

/** Hard stops, overrides and a blocked plan, boxed in red at the top of page 1. */
export function overrideBanners(model: ExportModel): Content[] {
  const { data, overrideReason, doseProfileOverrideReason } = model;
  const hardStops = model.findings.filter((finding) => finding.severity === 'hard-stop');
  const banners: Content[] = [];
  // One override per hard stop (spec §4): each its own box, its own reason.
  const overrideLines: [string | null, string, string][] = [
    [
      overrideReason,
      'plan.override-renal',
      'OVERRIDE — THE RENAL HARD STOP WAS OVERRIDDEN BY THE PRESCRIBER',
    ],
    [
      doseProfileOverrideReason,
      'plan.override-dose-profile',
      'OVERRIDE — THE FRENCH 80 MG/DAY MAXIMUM (FR-2018) WAS OVERRIDDEN BY THE PRESCRIBER',
    ],
  ];
  for (const [reason, ruleId, title] of overrideLines) {
    const overrideFinding = model.findings.find((finding) => finding.ruleId === ruleId);
    if (!reason || !overrideFinding) continue;
    banners.push(
      banner({
        title,
        colour: '#a61e1e',
        fill: '#fff0f0',
        lines: [
          inline(pdfText('Reason recorded: ', { bold: true }), `“${reason}”`),
          pdfText(overrideFinding.title, { margin: [0, 2, 0, 0] }),
          ...(ruleId === 'plan.override-renal'
            ? hardStops.map((finding) => pdfText(`${SEVERITY_WORD[finding.severity]}: ${finding.title}`))
            : []),
          pdfText('This plan goes past a safety stop. Keep the specialist reason with the chart.', {
            fontSize: 8,
            margin: [0, 2, 0, 0],
          }),
        ],
      }),
    );
  }
  // Contraindications acknowledged to print this plan: on the page that is signed, with their reason.
  const acknowledged = model.findings.filter((finding) => finding.ruleId === 'plan.acknowledged');
  if (acknowledged.length > 0) {
    banners.push(
      banner({
        title: 'CONTRAINDICATED — ACKNOWLEDGED BY THE PRESCRIBER',
        colour: '#a61e1e',
        fill: '#fff0f0',
        lines: [
          ...acknowledged.map((finding) =>
            inline(
              pdfText(`${finding.title.replace(/^Acknowledged by the prescriber: /, '')}. `, { bold: true }),
              finding.detail,
            ),
          ),
          pdfText('This plan goes ahead despite a contraindication. Keep the reason with the chart.', {
            fontSize: 8,
            margin: [0, 2, 0, 0],
          }),
        ],
      }),
    );
  }
  if (data.plan.blocked) {
    banners.push(
      banner({
        title: 'NO SCHEDULE — THE PLAN IS BLOCKED BY A HARD STOP',
        colour: '#a61e1e',
        fill: '#fff0f0',
        lines: [
          ...hardStops.map((finding) => pdfText(`${SEVERITY_WORD[finding.severity]}: ${finding.title}`)),
          pdfText('No doses may be dispensed from this document.', { bold: true }),
        ],
      }),
    );
  } else if (!overrideReason && hardStops.length > 0) {
    banners.push(
      banner({
        title: 'HARD STOP',
        colour: '#a61e1e',
        fill: '#fff0f0',
        lines: hardStops.map((finding) => pdfText(finding.title)),
      }),
    );
  }
  return banners;
}

export function atAGlance(model: ExportModel): Content[] {
  const { data, locale, product } = model;
  const { plan, regimen, input } = data;
  const summary = plan.summary;
  const first = plan.days[0];
  const last = plan.days.at(-1);
  // A blocked plan has no target or cap worth printing: a "0 mg/day" could be read as a dose.
  const notPlanned = 'not planned (blocked by a hard stop)';
  const rows: [string, string][] = [
    ['Regimen', `${regimen.name} (${regimen.kind})`],
    ['Product', product?.label ?? String(summary?.effective?.product ?? input.params?.product ?? '—')],
    [
      'Plan',
      first && last
        ? `${plan.days.length} days, ${formatMediumDate(first.date, locale)} to ${formatMediumDate(last.date, locale)}`
        : 'No days planned',
    ],
    [
      'Target',
      plan.blocked
        ? notPlanned
        : `${mg(plan.targetMgPerDay)} mg/day${summary?.daysToTarget ? ` — reached on day ${summary.daysToTarget}` : ''}`,
    ],
    [
      'Caps',
      plan.blocked
        ? `${notPlanned}; regimen cap ${mg(model.regimenCapMgPerDay)} mg/day`
        : model.regimenCapMgPerDay !== model.planCapMgPerDay
          ? `Plan cap ${mg(model.planCapMgPerDay)} mg/day (renal-adjusted; regimen cap ${mg(model.regimenCapMgPerDay)} mg/day)`
          : `Plan cap ${mg(model.planCapMgPerDay)} mg/day`,
    ],
    [
      'Highest dose',
      plan.blocked
        ? notPlanned
        : `${mg(summary?.maxMgPerDay ?? Math.max(0, ...plan.days.map((day) => day.totalMg)))} mg/day`,
    ],
  ];
  if (summary?.maintenanceStart && summary.maintenanceEnd) {
    rows.push([
      'Maintenance',
      `${formatMediumDate(summary.maintenanceStart, locale)} to ${formatMediumDate(summary.maintenanceEnd, locale)}`,
    ]);
  }
  if (summary?.taperStart && summary.taperEnd) {
    rows.push([
      'Taper',
      `${formatMediumDate(summary.taperStart, locale)} to ${formatMediumDate(summary.taperEnd, locale)} (first day without baclofen: ${formatMediumDate(summary.taperEnd, locale)})`,
    ]);
  }
  if (summary?.reviewDate) {
    rows.push([
      'Review',
      `Continue and review on ${formatMediumDate(summary.reviewDate, locale)} — never stop abruptly`,
    ]);
  }
  rows.push(['Ruleset', `bacloplan ruleset ${model.rulesetVersion}`]);
  return [keepTogether(heading('Plan at a glance'), keyValueTable(rows, 110))];
}

/** The whole plan's quantities (the prescription page gives them per fill). */
export function dispenseTable(model: ExportModel): Content[] {
  const { data, product } = model;
  const dispense = data.plan.summary?.dispense ?? [];
  const fillTotal = model.prescription ? quantityText(model.prescription.total) : undefined;
  const body =
    dispense.length > 0
      ? dispense.map((line) => [
          pdfText(
            line.unit === 'mL'
              ? `Baclofen oral solution ${mg(line.strengthMg)} mg/mL`
              : `Baclofen ${mg(line.strengthMg)} mg tablet${product?.halvesTablets ? ' (scored; halves used)' : ''}`,
          ),
          pdfText(`${line.count} ${line.unit === 'mL' ? 'mL' : line.count === 1 ? 'tablet' : 'tablets'}`, {
            bold: true,
          }),
        ])
      : [[pdfText('Nothing to dispense (no days planned).'), pdfText('—')]];
  return [
    keepTogether(heading('To dispense (whole plan)'), {
      table: {
        headerRows: 1,
        widths: ['*', 120],
        body: [[headerCell('Product'), headerCell('Quantity')], ...body],
      },
      layout: GRID_LAYOUT,
    }),
    pdfText(
      `Half tablets count as halves; totals are rounded up to whole tablets. Quantities cover every day of the schedule below, dispensed at once.${
        fillTotal && fillTotal !== quantityText(dispense)
          ? ` Dispensed in fills (prescription page), each rounded up: ${fillTotal}.`
          : ''
      }`,
      { style: 'small', margin: [0, 2, 0, 0] },
    ),
  ];
}
