/**
 * Page 1 of the prescriber copy: the prescription a pharmacist dispenses from. Patient identity with
 * allergies and weight, renal function with its dates, the product and strength, one row per step
 * (dates, directions in words and figures, tablets per dose, daily total), the quantity for each fill,
 * the label text, overrides and acknowledgements, and the prescriber's name, registration number and
 * signature. Built from the same model as the MedicationRequests (src/lib/prescription.ts).
 */
import type { Content } from 'pdfmake/interfaces';
import { mgText, quantityText, type Prescription } from '../../lib/prescription';
import { PHASE_LABEL } from '../../lib/schedule';
import type { ExportModel } from './exportModel';
import { GRID_LAYOUT, heading, headerCell, keepTogether } from './pdfBlocks';
import { formatMediumDate, oneDecimal } from './pdfFormat';
import { MUTED } from './pageFrame';
import { inline, pdfText } from './pdfText';

/** What the pharmacy prints on the container (spec §4–§5: sedation, alcohol, never stop suddenly). */
export const LABEL_TEXT = [
  'Take as directed on the schedule: the dose changes on the dates shown.',
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

/** Tablets at each time of the day, in the header's order; "—" where a time has no dose. */
function tabletsPerDose(
  prescription: Prescription,
  step: Prescription['steps'][number],
  labels: readonly string[],
): string {
  const byLabel = new Map(step.doses.map((dose) => [dose.label, dose]));
  return labels
    .map((label) => {
      const dose = byLabel.get(label);
      if (!dose) return '—';
      if (prescription.product.form === 'solution') return dose.amount;
      if (prescription.product.strengthsMg.length > 1) return String(dose.count);
      return dose.amount.replace(/ tablets? of .*$/, '');
    })
    .join(' + ');
}

/** A number and its unit never split over two lines ("10 / mg" is an ISMP error-prone form). */
function keepUnits(text: string): string {
  return text.replace(/(\d) (mg|mL|tablets?)\b/g, '$1\u00a0$2');
}

function stepTable(prescription: Prescription, locale: string, labels: readonly string[]): Content {
  const unit = prescription.product.form === 'solution' ? 'mL' : 'Tablets';
  const tablets = `${unit} (${labels.join(' + ')})`;
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [118, '*', 76, 48],
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
          pdfText(keepUnits(step.directions)),
          pdfText(tabletsPerDose(prescription, step, labels), { alignment: 'center' }),
          pdfText(`${mgText(step.dailyMg)}\u00a0mg`, { bold: true, alignment: 'right' }),
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

function addressLine(): Content {
  return {
    ...pdfText(
      'Practice address and phone: ________________________________________________________________',
    ),
    margin: [0, 8, 0, 0],
  };
}

/** The prescription section (after the identity and the boxed overrides on page 1). */
export function prescriptionSection(model: ExportModel): Content[] {
  const { locale, prescription } = model;
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
    stepTable(prescription, locale, model.administrationLabels),
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
      addressLine(),
    ),
  ];
}
