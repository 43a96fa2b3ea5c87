import { ScrollTable } from '../../components/ScrollTable';
import { useMemo, useState } from 'react';
import { Badge, Group, Pagination, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import type { PlanDay, Product } from '../../rules';
import { formatDayDate, formatPlainNumber } from '../../lib/format';
import { t } from '../../i18n';
import {
  describeDoseAsTablets,
  groupScheduleDays,
  administrationLabel,
  phaseLabel,
  type ScheduleRange,
} from '../../lib/schedule';

const PHASE_COLOR: Record<PlanDay['phase'], string> = {
  titration: 'blue',
  maintenance: 'green',
  hold: 'orange',
  taper: 'grape',
};
const DAYS_PER_PAGE = 28;

function DoseCell({ mg, product }: { mg: number | undefined; product: Product }) {
  if (mg === undefined || mg <= 0) return <Table.Td c="dark.4">—</Table.Td>;
  return (
    <Table.Td>
      <Text size="sm" fw={600} span>
        {t('schedule.doseMg', { mg: formatPlainNumber(mg) })}
      </Text>
      <Text size="xs" c="dark.5">
        {describeDoseAsTablets(mg, product)}
      </Text>
    </Table.Td>
  );
}

/**
 * The schedule as a table — the text alternative to the chart and what a pharmacist reads. Identical
 * consecutive days are grouped; "every day" pages through four weeks at a time.
 */
export function ScheduleTable({
  days,
  product,
  locale,
}: {
  days: readonly PlanDay[];
  product: Product;
  locale?: string;
}) {
  const [view, setView] = useState<'grouped' | 'daily'>('grouped');
  const [page, setPage] = useState(1);
  const labels = days[0]?.administrations.map((admin) => admin.label) ?? [];
  const ranges = useMemo(() => groupScheduleDays(days), [days]);
  const pageCount = Math.max(1, Math.ceil(days.length / DAYS_PER_PAGE));
  const rows: ScheduleRange[] =
    view === 'grouped'
      ? ranges
      : days.slice((page - 1) * DAYS_PER_PAGE, page * DAYS_PER_PAGE).map((day) => ({
          firstDay: day.day,
          lastDay: day.day,
          firstDate: day.date,
          lastDate: day.date,
          phase: day.phase,
          totalMg: day.totalMg,
          administrations: day.administrations,
        }));

  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <SegmentedControl
          size="xs"
          aria-label={t('schedule.view')}
          value={view}
          onChange={(value) => {
            setView(value === 'daily' ? 'daily' : 'grouped');
            setPage(1);
          }}
          data={[
            { value: 'grouped', label: t('schedule.view.grouped', { count: ranges.length }) },
            { value: 'daily', label: t('schedule.view.daily', { count: days.length }) },
          ]}
          className="no-print"
        />
        {view === 'daily' && pageCount > 1 ? (
          <Pagination
            size="sm"
            total={pageCount}
            value={page}
            onChange={setPage}
            aria-label={t('schedule.pages')}
            className="no-print"
          />
        ) : null}
      </Group>
      <ScrollTable minWidth={640} label={t('schedule.scrolls')}>
        <Table striped highlightOnHover stickyHeader verticalSpacing={4} aria-label={t('schedule.table')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('schedule.days')}</Table.Th>
              <Table.Th scope="col">{t('schedule.dates')}</Table.Th>
              <Table.Th scope="col">{t('schedule.phase')}</Table.Th>
              {labels.map((label) => (
                <Table.Th scope="col" key={label} tt="capitalize">
                  {administrationLabel(label)}
                </Table.Th>
              ))}
              <Table.Th scope="col">{t('schedule.total')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((range) => (
              <Table.Tr key={`${range.firstDay}-${range.lastDay}`}>
                <Table.Td>
                  {range.firstDay === range.lastDay ? range.firstDay : `${range.firstDay}–${range.lastDay}`}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {range.lastDate !== range.firstDate
                      ? t('schedule.dateRange', {
                          from: formatDayDate(range.firstDate, locale),
                          to: formatDayDate(range.lastDate, locale),
                        })
                      : formatDayDate(range.firstDate, locale)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge size="sm" variant="outline" color={PHASE_COLOR[range.phase]} tt="none" c="dark.8">
                    {phaseLabel(range.phase)}
                  </Badge>
                </Table.Td>
                {labels.map((label, index) => (
                  <DoseCell key={label} mg={range.administrations[index]?.mg} product={product} />
                ))}
                <Table.Td>
                  <Text size="sm" fw={700}>
                    {t('schedule.mgPerDay', { mg: formatPlainNumber(range.totalMg) })}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Stack>
  );
}
