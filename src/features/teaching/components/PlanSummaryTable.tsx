import { paramChangeText } from '../../../lib/paramWords';
import { Table } from '@mantine/core';
import { CAPTION_STYLE } from '../tableStyles';
import type { Plan } from '../../../rules';
import { formatDate, formatMg } from '../format';
import { planFacts } from '../planFacts';

/** A plan's summary (dates, doses, dispensing, edits) as rows; used for cases and side-by-side comparisons. */
export function PlanSummaryTable({ plan, caption }: { plan: Plan; caption: string }) {
  const facts = planFacts(plan);
  const summary = plan.summary;
  const rows: [string, string][] = plan.blocked
    ? [['Plan', 'Blocked by a hard stop (no days planned)']]
    : [
        ['Daily cap', `${formatMg(plan.capMgPerDay)} mg/day`],
        ['Target', `${formatMg(plan.targetMgPerDay)} mg/day`],
        ['Day 1 dose', facts.firstDayMg === undefined ? '—' : `${formatMg(facts.firstDayMg)} mg/day`],
        [
          'Target reached',
          summary?.daysToTarget === null || summary?.daysToTarget === undefined
            ? 'not reached'
            : `day ${summary.daysToTarget}`,
        ],
        [
          'Highest daily dose',
          facts.maxMgPerDay === undefined ? '—' : `${formatMg(facts.maxMgPerDay)} mg/day`,
        ],
        [
          'Maintenance',
          summary?.maintenanceStart
            ? `${formatDate(summary.maintenanceStart)} – ${formatDate(summary.maintenanceEnd)}`
            : 'none',
        ],
        ...(facts.holdDays > 0 ? ([['Days on hold', String(facts.holdDays)]] as [string, string][]) : []),
        [
          'Ends',
          facts.endsWithTaper
            ? `taper ${formatDate(summary?.taperStart)} – ${formatDate(summary?.taperEnd)} (${facts.taperDays} days)`
            : `review on ${formatDate(summary?.reviewDate)}`,
        ],
        ['Length', `${facts.totalDays} days`],
        [
          'To dispense',
          (summary?.dispense ?? [])
            .map((line) => `${line.count} ${line.unit === 'mL' ? 'mL' : `× ${line.strengthMg} mg tablets`}`)
            .join(', ') || '—',
        ],
      ];
  if (summary && summary.changedParams.length > 0) {
    rows.push(['Changed from the regimen', summary.changedParams.map(paramChangeText).join('; ')]);
  }
  return (
    <Table fz="sm" verticalSpacing={4} captionSide="top">
      <Table.Caption style={CAPTION_STYLE}>{caption}</Table.Caption>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th scope="row" fw={500} w="40%">
              {label}
            </Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
