import { useId, useRef, useState } from 'react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconCalendarEvent, IconFileTypePdf, IconAlertTriangle } from '@tabler/icons-react';
import type { PlanExportData } from '../../lib/planExport';
import { downloadPdf } from './downloadPdf';
import { exportFileName, paperForLocale, type ExportKind } from './exportFiles';

interface Props {
  data: PlanExportData | null;
  /** Why export is not possible yet (e.g. "Complete the renal step first"); disables every button. */
  disabledReason?: string;
  /** The clock, for tests; the document is stamped with the moment of the click. */
  now?: () => Date;
}

const KIND_LABEL: Record<ExportKind, string> = {
  'prescriber-a4': 'Prescriber PDF (A4)',
  'prescriber-letter': 'Prescriber PDF (US Letter)',
  handout: 'Patient handout',
  calendar: 'Calendar file (.ics)',
};

/**
 * Generate a PDF in the browser. The generators — and with them pdfmake and its fonts — are imported
 * only here, on click, so they load as a separate chunk and never slow the first page load.
 */
async function generate(kind: ExportKind, data: PlanExportData): Promise<Uint8Array> {
  if (kind === 'calendar') {
    const { calendarFile } = await import('./calendarFile');
    return new TextEncoder().encode(calendarFile(data));
  }
  if (kind === 'handout') {
    const { generatePatientHandoutPdf } = await import('./generatePatientHandoutPdf');
    return generatePatientHandoutPdf(data, { paper: paperForLocale(data.locale) });
  }
  const { generatePrescriberPdf } = await import('./generatePrescriberPdf');
  return generatePrescriberPdf(data, { paper: kind === 'prescriber-letter' ? 'letter' : 'a4' });
}

/** Prescriber copy (A4 or US Letter), patient handout and calendar file, each made and downloaded on click. */
export function ExportPdfButtons({ data, disabledReason, now = () => new Date() }: Props) {
  const [busy, setBusy] = useState<ExportKind | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const reasonId = useId();
  const running = useRef(false);

  const blocked = data !== null && data.plan.days.length === 0;
  const unacknowledged = data?.plan.unacknowledged?.length ?? 0;
  const reason =
    disabledReason ??
    (data === null
      ? 'There is no plan to export yet.'
      : unacknowledged > 0
        ? 'Acknowledge each contraindicated finding, with a reason, before exporting.'
        : undefined);
  const handoutReason =
    reason ?? (blocked ? 'No patient handout or calendar: the plan is blocked by a hard stop.' : undefined);

  async function onExport(kind: ExportKind) {
    if (!data || running.current) return;
    running.current = true;
    setBusy(kind);
    setError(null);
    setStatus(`Generating ${KIND_LABEL[kind]}…`);
    try {
      const stamped: PlanExportData = { ...data, generatedAt: now().toISOString() };
      const bytes = await generate(kind, stamped);
      downloadPdf(
        bytes,
        exportFileName(kind, stamped.generatedAt, stamped.patient?.name, paperForLocale(stamped.locale)),
        kind === 'calendar' ? 'text/calendar' : 'application/pdf',
      );
      setStatus(`${KIND_LABEL[kind]} downloaded.`);
    } catch (caught) {
      const message = caught instanceof Error ? caught.message : String(caught);
      setStatus('');
      setError(`${KIND_LABEL[kind]} could not be generated: ${message}`);
    } finally {
      running.current = false;
      setBusy(null);
    }
  }

  const button = (kind: ExportKind, kindReason: string | undefined) => (
    <Button
      key={kind}
      variant={kind === 'handout' ? 'light' : 'filled'}
      leftSection={
        kind === 'calendar' ? (
          <IconCalendarEvent size={16} aria-hidden />
        ) : (
          <IconFileTypePdf size={16} aria-hidden />
        )
      }
      loading={busy === kind}
      disabled={kindReason !== undefined || (busy !== null && busy !== kind)}
      aria-describedby={kindReason !== undefined ? reasonId : undefined}
      onClick={() => void onExport(kind)}
    >
      {KIND_LABEL[kind]}
    </Button>
  );

  return (
    <Stack gap="xs">
      <Group gap="xs" role="group" aria-label="Export plan">
        {button('prescriber-a4', reason)}
        {button('prescriber-letter', reason)}
        {button('handout', handoutReason)}
        {button('calendar', handoutReason)}
      </Group>
      {handoutReason ? (
        <Text id={reasonId} size="sm" c="dark.5">
          {handoutReason}
        </Text>
      ) : null}
      <Text size="sm" role="status" aria-live="polite" c="dark.6">
        {status}
      </Text>
      {error ? (
        <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title="Export failed" role="alert">
          {error}
        </Alert>
      ) : null}
    </Stack>
  );
}
