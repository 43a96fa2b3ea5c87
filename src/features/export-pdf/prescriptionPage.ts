/**
 * Page 1 of the prescriber copy: the prescription a pharmacist dispenses from. Patient identity with
 * allergies and weight, renal function with its dates, the product and strength, one row per step
 * (dates, directions in words and figures, tablets per dose, daily total), the quantity for each fill,
 * the label text, overrides and acknowledgements, and the prescriber's name, registration number and
 * signature. Built from the same model as the MedicationRequests (src/lib/prescription.ts).
 */
import type { Content } from 'pdfmake/interfaces';
import {
  buildPrescription,
  DEFAULT_FILL_DAYS,
  mgText,
  quantityText,
  type Prescription,
} from '../../lib/prescription';
import { PHASE_LABEL } from '../../lib/schedule';
import type { ExportModel } from './exportModel';
import { banner, GRID_LAYOUT, heading, headerCell, keepTogether } from './pdfBlocks';
import { formatMediumDate, oneDecimal } from './pdfFormat';
import { MUTED } from './pageFrame';
import { inline, pdfText } from './pdfText';

/** What the pharmacy prints on the container (spec §4–§5: sedation, alcohol, never stop suddenly). */
export const LABEL_TEXT = [
  'May cause drowsiness. Do not drive or use machines if affected.',
  'Avoid alcohol and other sedating medicines unless your doctor has agreed.',
  'Do not stop taking this medicine suddenly: the dose is lowered step by step.',
] as const;

function renalLine(model: ExportModel): Content {
  const { data, locale } = model;
  const { renal, renalInput } = data;
  if (!renal || !renalInput) {
    return inline(pdfText('Renal function: ', { bold: true }), 'not assessed in this plan.');
  }
  const creatinineDate = data.creatinineDate
    ? `on ${formatMediumDate(data.creatinineDate, locale)} (chart)`
    : '(entered in the planner; date not recorded)';
  const unit = renalInput.creatinine.unit === 'umol/L' ? 'µmol/L' : 'mg/dL';
  return inline(
    pdfText('Renal function: ', { bold: true }),
    `creatinine ${mgText(renalInput.creatinine.value)} ${unit} ${creatinineDate}; ` +
      `CrCl ${oneDecimal(renal.crclMlMin)} mL/min (Cockcroft–Gault, ${renal.weightBasis} weight); ` +
      `eGFR ${oneDecimal(renal.egfrMlMin173)} mL/min/1.73 m² (CKD-EPI 2021); band used: ${renal.band}.`,
  );
}

function dateRange(from: string, to: string, locale: string): string {
  return from === to
    ? formatMediumDate(from, locale)
    : `${formatMediumDate(from, locale)} – ${formatMediumDate(to, locale)}`;
}

function tabletsPerDose(prescription: Prescription, step: Prescription['steps'][number]): string {
  if (prescription.product.form === 'solution') return step.doses.map((dose) => dose.amount).join(' + ');
  if (prescription.product.strengthsMg.length > 1)
    return step.doses.map((dose) => String(dose.count)).join(' + ');
  return step.doses.map((dose) => dose.amount.replace(/ tablets? of .*$/, '')).join(' + ');
}

function stepTable(prescription: Prescription, locale: string): Content {
  const tablets = prescription.product.form === 'solution' ? 'mL per dose' : 'Tablets per dose';
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [120, '*', 70, 50],
      body: [
        [headerCell('Dates'), headerCell('Directions'), headerCell(tablets), headerCell('Daily total')],
        ...prescription.steps.map((step) => [
          {
            stack: [
              pdfText(dateRange(step.from, step.to, locale), { bold: true }),
              pdfText(`${step.days} ${step.days === 1 ? 'day' : 'days'} · ${PHASE_LABEL[step.phase]}`, {
                fontSize: 7,
                color: MUTED,
              }),
            ],
          },
          pdfText(step.directions),
          pdfText(tabletsPerDose(prescription, step), { alignment: 'center' }),
          pdfText(`${mgText(step.dailyMg)} mg`, { bold: true, alignment: 'right' }),
        ]),
      ],
    },
    layout: GRID_LAYOUT,
    fontSize: 8.5,
  };
}

function fillsTable(prescription: Prescription, locale: string): Content {
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [34, 150, '*'],
      body: [
        [headerCell('Fill'), headerCell('Covers'), headerCell('Quantity to dispense')],
        ...prescription.fills.map((fill) => [
          pdfText(String(fill.number), { alignment: 'center' }),
          pdfText(dateRange(fill.from, fill.to, locale)),
          pdfText(quantityText(fill.quantity), { bold: true }),
        ]),
        [
          pdfText('Total', { bold: true }),
          pdfText(`${prescription.fills.length} ${prescription.fills.length === 1 ? 'fill' : 'fills'}`),
          pdfText(quantityText(prescription.total), { bold: true }),
        ],
      ],
    },
    layout: GRID_LAYOUT,
    fontSize: 8.5,
  };
}

function strengthProposal(model: ExportModel): Content[] {
  const proposal = model.findings.find((finding) => finding.ruleId === 'plan.practical-tablets');
  if (!proposal) return [];
  return [
    banner({
      title: 'More than 4 tablets in one dose',
      colour: '#1c4f8a',
      fill: '#eef4fb',
      titleSize: 10,
      lines: [pdfText(proposal.title), ...(proposal.action ? [pdfText(proposal.action)] : [])],
    }),
  ];
}

function signatureBlock(model: ExportModel): Content {
  const { data } = model;
  const line = (label: string, value: string | undefined, width: number | '*') => ({
    width,
    stack: [
      pdfText(label, { style: 'small' }),
      pdfText(value?.trim() ? value : ' ', { margin: [0, 2, 0, 0] }),
      pdfText('_'.repeat(width === '*' ? 38 : Math.round(width / 5.2))),
    ],
  });
  return {
    columns: [
      line('Prescriber', data.prescriberName, '*'),
      line('Registration number', data.prescriberRegistration, 130),
      line('Signature', undefined, 130),
      line('Date', undefined, 80),
    ],
    columnGap: 10,
    margin: [0, 10, 0, 0],
  };
}

/** The prescription section (after the identity and the boxed overrides on page 1). */
export function prescriptionSection(model: ExportModel): Content[] {
  const { data, locale } = model;
  const prescription = data.plan.blocked
    ? undefined
    : buildPrescription(data.plan, data.fillDays ?? DEFAULT_FILL_DAYS);
  if (!prescription) return [renalLine(model), signatureBlock(model)];
  return [
    renalLine(model),
    keepTogether(
      heading('Prescription'),
      inline(pdfText('Product: ', { bold: true }), `${prescription.productText}, by mouth.`),
      pdfText(
        'Off-label use for alcohol use disorder. Decision support from bacloplan: the prescriber checks every line and signs.',
        { style: 'small', margin: [0, 1, 0, 4] },
      ),
    ),
    stepTable(prescription, locale),
    ...strengthProposal(model),
    keepTogether(
      heading(`Quantity per fill (${prescription.fillDays} days each)`),
      fillsTable(prescription, locale),
      pdfText(
        'Half tablets count as halves; each fill is rounded up to whole tablets. The day-by-day schedule is in the appendix.',
        { style: 'small', margin: [0, 2, 0, 0] },
      ),
    ),
    keepTogether(
      pdfText('Label text', { style: 'h3' }),
      ...LABEL_TEXT.map((text) => pdfText(`• ${text}`, { fontSize: 8.5 })),
      signatureBlock(model),
    ),
  ];
}
