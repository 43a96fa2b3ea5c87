/**
 * The prescriber copy as a pdfmake document definition (pure data; pdfRender.ts turns it into bytes).
 * Order: the prescription first (identity, any override or acknowledgement boxed, renal function, the
 * steps, the quantity per fill, the label text and the signature), then from a new page the plan at a
 * glance, the chart, findings, monitoring, renal and regimen reasoning, the follow-up visits (when there
 * are any), and the day-by-day schedule as an appendix, then references.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { PlanExportData } from '../../lib/planExport';
import { buildExportModel, type ExportModel, type PdfOptions } from './exportModel';
import { buildDoseChartSvg } from './doseChartSvg';
import {
  BASE_STYLES,
  contentWidth,
  DEFAULT_FONT,
  footer,
  header,
  INK,
  MUTED,
  PAPER_SIZE,
  pageMargins,
} from './pageFrame';
import { heading } from './pdfBlocks';
import { pdfText } from './pdfText';
import { formatMediumDate } from './pdfFormat';
import { atAGlance, dispenseTable, identityBlock, overrideBanners } from './prescriberSummary';
import { prescriptionSection } from './prescriptionPage';
import {
  findingsSection,
  monitoringSection,
  referencesSection,
  regimenSection,
  renalSection,
} from './prescriberClinical';
import { scheduleSection } from './scheduleTable';
import { followUpSection } from './followUpPage';

const CHART_HEIGHT = 225;

function chartSection(model: ExportModel, width: number): Content[] {
  const days = model.data.plan.days;
  if (days.length === 0) return [];
  const chart = buildDoseChartSvg({
    days,
    planCapMgPerDay: model.planCapMgPerDay,
    regimenCapMgPerDay: model.regimenCapMgPerDay,
    locale: model.locale,
    width,
    height: CHART_HEIGHT,
  });
  // Heading, chart and caption move to the next page together.
  return [
    {
      unbreakable: true,
      stack: [
        heading('Daily dose over time'),
        { svg: chart.svg, width, height: CHART_HEIGHT },
        ...(chart.lines.length > 0
          ? [
              pdfText(
                `Lines, labelled by their dose at the right: ${chart.lines.map((line) => line.label).join('; ')}.`,
                { fontSize: 8, color: MUTED, margin: [0, 2, 0, 0] },
              ),
            ]
          : []),
        ...(chart.aboveRange.length > 0
          ? [
              pdfText(`Above this chart’s range: ${chart.aboveRange.join('; ')}.`, {
                fontSize: 8,
                color: MUTED,
                margin: [0, 2, 0, 0],
              }),
            ]
          : []),
      ],
    },
  ];
}

export function prescriberDocument(data: PlanExportData, options: PdfOptions): TDocumentDefinitions {
  const model = buildExportModel(data);
  const width = contentWidth(options.paper);
  const patientLabel = data.patient
    ? [
        data.patient.name,
        data.patient.birthDate ? `born ${formatMediumDate(data.patient.birthDate, model.locale)}` : '',
        data.patient.identifier ? `record ${data.patient.identifier}` : '',
      ]
        .filter(Boolean)
        .join(' · ')
    : 'No patient selected';
  return {
    pageSize: PAPER_SIZE[options.paper].pdfmake,
    pageMargins: pageMargins(),
    info: {
      title: 'bacloplan — baclofen plan (prescriber copy)',
      subject: 'Baclofen plan for alcohol use disorder',
      creator: 'bacloplan',
      producer: 'bacloplan',
    },
    header: header(
      `Baclofen plan — prescriber copy · ${patientLabel}`,
      `bacloplan ruleset ${model.rulesetVersion}`,
    ),
    footer: footer({
      rulesetVersion: model.rulesetVersion,
      fontSize: 7,
      documentName: 'Prescriber copy',
      paper: options.paper,
    }),
    defaultStyle: { font: DEFAULT_FONT, fontSize: 9, color: INK, lineHeight: 1.15 },
    styles: BASE_STYLES,
    content: [
      pdfText('Prescription — baclofen for alcohol use disorder', { style: 'title' }),
      identityBlock(model),
      ...overrideBanners(model),
      ...prescriptionSection(model),
      pdfText('Baclofen for alcohol use disorder — plan', { style: 'title', pageBreak: 'before' }),
      ...atAGlance(model),
      ...dispenseTable(model),
      ...chartSection(model, width),
      ...findingsSection(model),
      ...monitoringSection(model),
      ...renalSection(model),
      ...regimenSection(model),
      ...followUpSection(model),
      ...scheduleSection(model),
      ...referencesSection(model),
    ],
  };
}
