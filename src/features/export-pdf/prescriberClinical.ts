/**
 * The clinical reasoning of the prescriber copy: renal assessment with both estimators, the regimen
 * and every parameter the clinician changed, all findings by severity, monitoring and references.
 */
import type { Content, TableCell } from 'pdfmake/interfaces';
import { renalBandRule, resolveSource, type Finding } from '../../rules';
import type { ExportModel } from './exportModel';
import { BAND_WORD, DECIDED_BY_WORD, EVIDENCE_WORD, WEIGHT_BASIS_WORD } from './labels';
import { paramLabel, paramValueText } from '../../lib/paramWords';
import {
  evidenceLine,
  GRID_LAYOUT,
  heading,
  headerCell,
  keepTogether,
  keyValueTable,
  severityCell,
} from './pdfBlocks';
import { formatLongDate, mg, oneDecimal } from './pdfFormat';
import { MUTED } from './pageFrame';
import { inline, pdfText } from './pdfText';

const UMOL_PER_MG_DL = 88.4;

export function renalSection(model: ExportModel): Content[] {
  const { renalInput, renal } = model.data;
  if (!renal) {
    return [
      heading('Renal assessment'),
      pdfText('No renal assessment was recorded with this plan.', { bold: true }),
    ];
  }
  const creatinine = renalInput?.creatinine;
  const creatinineMgDl =
    renal.creatinineMgDl ??
    (creatinine
      ? creatinine.unit === 'mg/dL'
        ? creatinine.value
        : creatinine.value / UMOL_PER_MG_DL
      : undefined);
  const creatinineText = creatinine
    ? creatinine.unit === 'mg/dL'
      ? `${mg(creatinine.value)} mg/dL (= ${Math.round(creatinine.value * UMOL_PER_MG_DL)} µmol/L)`
      : `${mg(creatinine.value)} µmol/L (= ${creatinineMgDl === undefined ? '—' : creatinineMgDl.toFixed(2)} mg/dL; µmol/L ÷ 88.4)`
    : `${creatinineMgDl === undefined ? '—' : creatinineMgDl.toFixed(2)} mg/dL`;
  const inputs: [string, string][] = [
    ['Age', renalInput ? `${renalInput.ageYears} years` : '—'],
    ['Sex', renalInput?.sex ?? '—'],
    ['Weight', renalInput ? `${mg(renalInput.weightKg)} kg (actual)` : '—'],
    ['Height', renalInput?.heightCm ? `${mg(renalInput.heightCm)} cm` : 'not given'],
    ['Serum creatinine', creatinineText],
    ['On dialysis', renalInput?.onDialysis ? 'yes' : 'no'],
  ];
  const weightDetails = [
    `${WEIGHT_BASIS_WORD[renal.weightBasis]}, ${oneDecimal(renal.weightUsedKg)} kg used`,
    renal.ibwKg !== undefined ? `IBW ${oneDecimal(renal.ibwKg)} kg` : null,
    renal.adjustedWeightKg !== undefined ? `adjusted ${oneDecimal(renal.adjustedWeightKg)} kg` : null,
  ]
    .filter(Boolean)
    .join('; ');
  const estimators: TableCell[][] = [
    [headerCell('Estimator'), headerCell('Value'), headerCell('Band by this estimator'), headerCell('Basis')],
    [
      pdfText('Cockcroft–Gault CrCl'),
      pdfText(`${oneDecimal(renal.crclMlMin)} mL/min`, { bold: true }),
      pdfText(renal.bandByCrcl ? BAND_WORD[renal.bandByCrcl] : '—'),
      pdfText(weightDetails),
    ],
    [
      pdfText('CKD-EPI 2021 eGFR (race-free)'),
      pdfText(`${oneDecimal(renal.egfrMlMin173)} mL/min/1.73 m²`, { bold: true }),
      pdfText(renal.bandByEgfr ? BAND_WORD[renal.bandByEgfr] : '—'),
      pdfText('not weight-based'),
    ],
  ];
  return [
    keepTogether(heading('Renal assessment'), {
      columns: [
        { width: 210, stack: [keyValueTable(inputs, 80)] },
        {
          width: '*',
          stack: [
            {
              table: { headerRows: 1, widths: [62, 86, 52, '*'], body: estimators },
              layout: GRID_LAYOUT,
              fontSize: 8,
            },
            {
              margin: [0, 6, 0, 0],
              stack: [
                inline(
                  pdfText('Band used: ', { bold: true }),
                  pdfText(BAND_WORD[renal.band], { bold: true, fontSize: 10 }),
                ),
                inline(
                  pdfText('Decided by: ', { bold: true }),
                  `${DECIDED_BY_WORD[renal.decidedBy]} (the more conservative of the two estimators)`,
                ),
                inline(
                  pdfText('Dose factor: ', { bold: true }),
                  `× ${renalBandRule(renal.band).doseFactorText} on start dose, step and cap`,
                  renal.intervalFactor && renal.intervalFactor !== 1
                    ? `; step and taper intervals × ${renal.intervalFactor}`
                    : '',
                ),
                inline(
                  pdfText('Caps: ', { bold: true }),
                  `regimen ${mg(model.regimenCapMgPerDay)} mg/day → renal-adjusted plan cap ${mg(model.planCapMgPerDay)} mg/day`,
                ),
              ],
            },
          ],
        },
      ],
      columnGap: 10,
    }),
  ];
}

export function regimenSection(model: ExportModel): Content[] {
  const { data } = model;
  const { regimen, plan } = data;
  const effective = plan.summary?.effective;
  const changed = plan.summary?.changedParams ?? [];
  const content: Content[] = [
    keepTogether(
      heading('Regimen'),
      inline(
        pdfText(regimen.name, { bold: true, fontSize: 10.5 }),
        pdfText(`  (${regimen.id}, ${regimen.kind})`, { color: MUTED }),
      ),
      pdfText(regimen.summary, { margin: [0, 2, 0, 2] }),
      inline(pdfText('Evidence: ', { bold: true }), EVIDENCE_WORD[regimen.evidence]),
      pdfText(`Sources: ${regimen.sources.map((key) => resolveSource(key).citation).join('; ')}`, {
        fontSize: 7.5,
        color: MUTED,
        margin: [0, 1, 0, 4],
      }),
    ),
  ];
  if (effective) {
    const rows: [string, string][] = [
      ['Start', `${mg(effective.startMgPerDay)} mg/day for ${effective.startDays} days`],
      ['Steps', `+${mg(effective.stepMgPerDay)} mg/day every ${effective.stepIntervalDays} days`],
      ['Doses per day', `${effective.dosesPerDay} (${effective.labels.join(', ')})`],
      ['Dose unit', `${mg(effective.unitMg)} mg`],
      [
        'End',
        effective.taper
          ? `Taper: ${effective.taperMode === 'percent' ? `−${effective.taperPercent} %` : `−${mg(effective.taperStepMgPerDay)} mg/day (−${mg(effective.taperHighDoseStepMgPerDay)} above 80 mg/day)`} every ${effective.taperIntervalDays} days`
          : 'Continue to a review date (no taper in this plan)',
      ],
      ['Intolerance hold', `${effective.holdDays} days`],
    ];
    if (effective.currentMgPerDay !== null)
      rows.push([
        'Current dose (start point)',
        `${mg(effective.currentMgPerDay)} mg/day (${effective.mode})`,
      ]);
    content.push(
      pdfText('As built for this patient (after renal factors and rounding):', { style: 'h3' }),
      keyValueTable(rows, 110),
    );
  }
  content.push(pdfText('Parameters changed by the clinician', { style: 'h3' }));
  if (changed.length === 0) {
    content.push(pdfText('None — the regimen’s defaults were used.', { color: MUTED }));
  } else {
    content.push({
      table: {
        headerRows: 1,
        widths: [130, '*', '*'],
        body: [
          [headerCell('Parameter'), headerCell('Regimen default'), headerCell('This plan')],
          ...changed.map((change) => [
            pdfText(paramLabel(change.key)),
            pdfText(paramValueText(change.key, change.from)),
            pdfText(paramValueText(change.key, change.to), { bold: true }),
          ]),
        ],
      },
      layout: GRID_LAYOUT,
    });
  }
  return content;
}

function findingRow(finding: Finding): TableCell[] {
  return [
    severityCell(finding),
    {
      stack: [
        pdfText(finding.subject ? `${finding.title} — ${finding.subject}` : finding.title, { bold: true }),
        pdfText(finding.detail),
        ...(finding.action ? [inline(pdfText('Action: ', { bold: true }), finding.action)] : []),
      ],
    },
    {
      stack: [pdfText(finding.ruleId, { fontSize: 7.5 }), evidenceLine(finding.evidence, finding.sources)],
    },
  ];
}

export function findingsSection(model: ExportModel): Content[] {
  const unrecognized = model.data.interactions.unrecognized;
  const title = 'Findings — most serious first';
  const content: Content[] = [];
  if (model.findings.length === 0) {
    content.push(keepTogether(heading(title), pdfText('No findings.')));
  } else {
    // The heading is the table's first header row, so it repeats on each page the table runs onto and
    // can never be left alone at the foot of a page.
    const headingRow: TableCell[] = [
      { ...heading(title), colSpan: 3, border: [false, false, false, false] },
      { text: '', border: [false, false, false, false] },
      { text: '', border: [false, false, false, false] },
    ];
    content.push({
      table: {
        headerRows: 2,
        keepWithHeaderRows: 1,
        dontBreakRows: true,
        widths: [72, '*', 140],
        body: [
          headingRow,
          [headerCell('Severity'), headerCell('Finding and action'), headerCell('Rule · evidence · sources')],
          ...model.findings.map(findingRow),
        ],
      },
      // No rule above the heading row (it is a heading, not a cell).
      layout: { ...GRID_LAYOUT, hLineWidth: (rowIndex: number) => (rowIndex === 0 ? 0 : 0.5) },
    });
  }
  if (unrecognized.length > 0) {
    content.push(
      inline(
        pdfText('NOT CHECKED: ', { bold: true, color: '#8a3b00' }),
        `${unrecognized.join(', ')} — not recognised by bacloplan; check these interactions yourself.`,
      ),
    );
  }
  const medications = model.data.medications;
  const conditions = model.data.conditions;
  content.push(
    pdfText(
      `Medications checked: ${medications.length > 0 ? medications.join(', ') : 'none entered'}. Conditions checked: ${conditions.length > 0 ? conditions.join(', ') : 'none entered'}.`,
      { fontSize: 8, color: MUTED, margin: [0, 3, 0, 0] },
    ),
  );
  return content;
}

export function monitoringSection(model: ExportModel): Content[] {
  if (model.monitoring.length === 0) return [];
  const items: Content[] = model.monitoring.map((finding) => ({
    stack: [
      pdfText(finding.title, { bold: true }),
      pdfText(finding.detail),
      ...(finding.action ? [inline(pdfText('Action: ', { bold: true }), finding.action)] : []),
      pdfText(`${finding.ruleId} · Evidence: ${EVIDENCE_WORD[finding.evidence]}`, {
        fontSize: 7.5,
        color: MUTED,
      }),
    ],
    margin: [0, 0, 0, 3] as [number, number, number, number],
  }));
  return [keepTogether(heading('Monitoring plan'), { ul: items.slice(0, 1) }), { ul: items.slice(1) }];
}

export function referencesSection(model: ExportModel): Content[] {
  if (model.citedSources.length === 0) return [];
  const items = model.citedSources.map((key) => {
    const source = resolveSource(key);
    return pdfText(`${source.citation}${source.url.startsWith('http') ? ` — ${source.url}` : ''}`, {
      fontSize: 7.5,
    });
  });
  return [
    keepTogether(heading('References'), { ol: items.slice(0, 2) }),
    ...(items.length > 2 ? [{ ol: items.slice(2), start: 3 }] : []),
    pdfText(
      `Generated on ${formatLongDate(model.data.generatedAt.slice(0, 10), model.locale)} with bacloplan ruleset ${model.rulesetVersion}.`,
      {
        style: 'small',
        margin: [0, 6, 0, 0],
      },
    ),
  ];
}
