import { Table, VisuallyHidden } from '@mantine/core';
import { CAPTION_STYLE } from '../tableStyles';
import { ScrollTable } from '../../../components/ScrollTable';
import { SEVERITY_VOCABULARY } from '../../../components/severityVocabulary';
import type { CaseRun } from '../runCase';
import { planFacts } from '../planFacts';
import {
  BAND_LABEL,
  ESTIMATOR_LABEL,
  WEIGHT_BASIS_LABEL,
  formatDoseFactor,
  formatMg,
  oneDecimal,
} from '../format';

export interface WhatIfColumn {
  id: string;
  label: string;
  run: CaseRun;
}

type Row = [label: string, value: (run: CaseRun) => string];

const dash = '—';

const ROWS: Row[] = [
  ['CrCl (mL/min)', (run) => (run.renal ? oneDecimal(run.renal.crclMlMin) : dash)],
  ['eGFR (mL/min/1.73 m²)', (run) => (run.renal ? oneDecimal(run.renal.egfrMlMin173) : dash)],
  ['Weight basis', (run) => (run.renal ? WEIGHT_BASIS_LABEL[run.renal.weightBasis] : dash)],
  ['Renal band', (run) => (run.renal ? BAND_LABEL[run.renal.band] : dash)],
  ['Decided by', (run) => (run.renal ? ESTIMATOR_LABEL[run.renal.decidedBy] : dash)],
  ['Dose factor', (run) => (run.renal ? formatDoseFactor(run.renal.doseFactor) : dash)],
  ['Blocked', (run) => (run.plan ? (run.plan.blocked ? 'yes — hard stop' : 'no') : dash)],
  ['Daily cap (mg/day)', (run) => (run.plan && !run.plan.blocked ? formatMg(run.plan.capMgPerDay) : dash)],
  [
    'Highest dose (mg/day)',
    (run) => {
      const max = planFacts(run.plan).maxMgPerDay;
      return max === undefined ? dash : formatMg(max);
    },
  ],
  [
    'Target reached',
    (run) => {
      const day = run.plan?.summary?.daysToTarget;
      return run.plan?.blocked || day === undefined ? dash : day === null ? 'not reached' : `day ${day}`;
    },
  ],
  [
    'Plan ends',
    (run) => {
      const facts = planFacts(run.plan);
      if (facts.endsWithTaper === undefined) return dash;
      return `${facts.endsWithTaper ? 'taper to 0' : 'review'} (${facts.totalDays} days)`;
    },
  ],
  [
    'Findings (most serious first)',
    (run) =>
      run.findings
        .slice(0, 4)
        .map((finding) => `${SEVERITY_VOCABULARY[finding.severity].label}: ${finding.title}`)
        .join('; ') || 'none',
  ],
];

/** The case and its what-ifs side by side, every cell computed by the rules module. */
export function WhatIfTable({ columns, caption }: { columns: readonly WhatIfColumn[]; caption: string }) {
  return (
    <ScrollTable minWidth={200 + 180 * columns.length} label={caption}>
      <Table fz="sm" verticalSpacing={4} captionSide="top" withColumnBorders>
        <Table.Caption style={CAPTION_STYLE}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Figure</Table.Th>
            {columns.map((column) => (
              <Table.Th scope="col" key={column.id}>
                {column.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ROWS.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row" fw={500}>
                {label}
              </Table.Th>
              {columns.map((column) => {
                const text = value(column.run);
                const differs =
                  columns[0] !== undefined && column !== columns[0] && text !== value(columns[0].run);
                return (
                  <Table.Td key={column.id} fw={differs ? 700 : 400}>
                    {text}
                    {differs ? <VisuallyHidden> (changed from the case)</VisuallyHidden> : null}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
