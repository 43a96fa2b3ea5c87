import { Table, Text } from '@mantine/core';
import { CAPTION_STYLE } from '../tableStyles';
import { creatinineMgDlToUmolL } from '../../../rules';
import type { CaseRun } from '../runCase';
import { planFacts } from '../planFacts';
import {
  BAND_LABEL,
  ESTIMATOR_LABEL,
  WEIGHT_BASIS_LABEL,
  formatDate,
  formatDoseFactor,
  formatMg,
  oneDecimal,
} from '../format';

/** The answer's headline numbers, all read from the rules' result (one decimal, as the case texts state them). */
export function KeyFiguresTable({ run, caption }: { run: CaseRun; caption: string }) {
  const { renal, plan } = run;
  const facts = planFacts(plan);
  const rows: [string, string][] = [];
  if (renal) {
    const creatinineMgDl = renal.creatinineMgDl;
    if (creatinineMgDl !== undefined) {
      rows.push([
        'Creatinine used',
        `${creatinineMgDl.toFixed(2)} mg/dL (${Math.round(creatinineMgDlToUmolL(creatinineMgDl))} µmol/L)`,
      ]);
    }
    rows.push(
      [
        'Weight for Cockcroft–Gault',
        `${WEIGHT_BASIS_LABEL[renal.weightBasis]}: ${oneDecimal(renal.weightUsedKg)} kg`,
      ],
      [
        'CrCl (Cockcroft–Gault)',
        `${oneDecimal(renal.crclMlMin)} mL/min${renal.bandByCrcl ? ` → ${BAND_LABEL[renal.bandByCrcl]}` : ''}`,
      ],
      [
        'eGFR (CKD-EPI 2021)',
        `${oneDecimal(renal.egfrMlMin173)} mL/min/1.73 m²${renal.bandByEgfr ? ` → ${BAND_LABEL[renal.bandByEgfr]}` : ''}`,
      ],
      ['Renal band used', `${BAND_LABEL[renal.band]} (decided by ${ESTIMATOR_LABEL[renal.decidedBy]})`],
      ['Renal dose factor', formatDoseFactor(renal.doseFactor)],
    );
  }
  if (plan) {
    if (plan.blocked) {
      rows.push(['Plan', 'Blocked by a hard stop: no plan without a specialist override']);
    } else {
      rows.push(
        ['Daily cap', `${formatMg(plan.capMgPerDay)} mg/day`],
        ['Target', `${formatMg(plan.targetMgPerDay)} mg/day`],
        ['Day 1 dose', facts.firstDayMg === undefined ? '—' : `${formatMg(facts.firstDayMg)} mg/day`],
        [
          'Highest daily dose',
          facts.maxMgPerDay === undefined ? '—' : `${formatMg(facts.maxMgPerDay)} mg/day`,
        ],
        [
          'Target reached',
          plan.summary?.daysToTarget === null || plan.summary?.daysToTarget === undefined
            ? 'not reached'
            : `day ${plan.summary.daysToTarget}`,
        ],
        [
          'Plan ends',
          facts.endsWithTaper
            ? `taper to 0, last day ${formatDate(plan.summary?.taperEnd)} (${facts.totalDays} days)`
            : `review on ${formatDate(plan.summary?.reviewDate)} (${facts.totalDays} days)`,
        ],
      );
    }
  }
  if (rows.length === 0) {
    return <Text size="sm">The rules could not compute this case.</Text>;
  }
  return (
    <Table fz="sm" verticalSpacing={6} captionSide="top" withRowBorders>
      <Table.Caption style={CAPTION_STYLE}>{caption}</Table.Caption>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th scope="row" fw={500} w="42%">
              {label}
            </Table.Th>
            <Table.Td fw={600}>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
