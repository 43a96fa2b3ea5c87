/**
 * The export buttons: accessible, disabled with a reason when there is nothing to export, a progress
 * message while generating, a download through a blob URL, and a clear error when generation fails.
 * The generators are replaced here (their output is tested in tests/unit/export-pdf); what is tested is
 * the button's behaviour around them.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MantineProvider } from '@mantine/core';
import type { ReactNode } from 'react';
import { ExportPdfButtons } from '../../src/features/export-pdf/ExportPdfButtons';
import { theme } from '../../src/app/theme';
import { seriousAxeViolations } from './axe';
import { exportData, WORKED_PATIENTS } from '../unit/export-pdf/fixtures';

const generatePrescriberPdf = vi.fn<(data: unknown, options: { paper: string }) => Promise<Uint8Array>>();
const generatePatientHandoutPdf = vi.fn<(data: unknown, options: { paper: string }) => Promise<Uint8Array>>();

vi.mock('../../src/features/export-pdf/generatePrescriberPdf', () => ({
  generatePrescriberPdf: (data: unknown, options: { paper: string }) => generatePrescriberPdf(data, options),
}));
vi.mock('../../src/features/export-pdf/generatePatientHandoutPdf', () => ({
  generatePatientHandoutPdf: (data: unknown, options: { paper: string }) =>
    generatePatientHandoutPdf(data, options),
}));

function renderWithMantine(node: ReactNode) {
  return render(<MantineProvider theme={theme}>{node}</MantineProvider>);
}

const NOW = () => new Date('2026-12-01T10:00:00');
const PDF_BYTES = new Uint8Array([0x25, 0x50, 0x44, 0x46]);

describe('ExportPdfButtons', () => {
  const downloads: { href: string; download: string }[] = [];

  beforeEach(() => {
    downloads.length = 0;
    URL.createObjectURL = vi.fn(() => 'blob:bacloplan/pdf');
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push({ href: this.href, download: this.download });
    });
    generatePrescriberPdf.mockResolvedValue(PDF_BYTES);
    generatePatientHandoutPdf.mockResolvedValue(PDF_BYTES);
  });
  afterEach(() => vi.restoreAllMocks());

  it('is disabled with the reason when there is no plan, and passes axe', async () => {
    const { container } = renderWithMantine(
      <ExportPdfButtons data={null} disabledReason="Complete the renal step to export." />,
    );
    for (const name of [
      'Prescriber PDF (A4)',
      'Prescriber PDF (US Letter)',
      'Patient handout',
      'Calendar file (.ics)',
    ]) {
      const button = screen.getByRole('button', { name });
      expect(button).toBeDisabled();
      expect(button).toHaveAccessibleDescription('Complete the renal step to export.');
    }
    expect(await seriousAxeViolations(container)).toEqual([]);
  });

  it('generates and downloads the prescriber copy on the chosen paper', async () => {
    const data = exportData(WORKED_PATIENTS[0]!);
    const { container } = renderWithMantine(<ExportPdfButtons data={data} now={NOW} />);
    expect(await seriousAxeViolations(container)).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Prescriber PDF (US Letter)' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Prescriber PDF (US Letter) downloaded.'),
    );
    expect(generatePrescriberPdf).toHaveBeenCalledWith(
      expect.objectContaining({ plan: data.plan, generatedAt: NOW().toISOString() }),
      { paper: 'letter' },
    );
    expect(downloads).toEqual([
      {
        href: 'blob:bacloplan/pdf',
        download: 'bacloplan-JD-prescriber-letter-2026-12-01.pdf',
      },
    ]);

    await userEvent.click(screen.getByRole('button', { name: 'Prescriber PDF (A4)' }));
    await waitFor(() =>
      expect(generatePrescriberPdf).toHaveBeenLastCalledWith(expect.anything(), { paper: 'a4' }),
    );
  });

  it('downloads the patient handout on the paper of the locale', async () => {
    const data = { ...exportData(WORKED_PATIENTS[0]!), locale: 'en-US' };
    renderWithMantine(<ExportPdfButtons data={data} now={NOW} />);
    await userEvent.click(screen.getByRole('button', { name: 'Patient handout' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.download).toBe('bacloplan-JD-handout-letter-2026-12-01.pdf');
    expect(generatePatientHandoutPdf).toHaveBeenCalledWith(expect.anything(), { paper: 'letter' });
  });

  it('downloads the calendar file (.ics) with the dose changes, named like the PDFs', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:bacloplan/ics';
    });
    renderWithMantine(<ExportPdfButtons data={exportData(WORKED_PATIENTS[0]!)} now={NOW} />);
    await userEvent.click(screen.getByRole('button', { name: 'Calendar file (.ics)' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.download).toBe('bacloplan-JD-calendar-2026-12-01.ics');
    expect(blobs[0]!.type).toBe('text/calendar');
    // jsdom's Blob has no text(): read it as the browser's FileReader would.
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blobs[0]!);
    });
    expect(text).toMatch(/^BEGIN:VCALENDAR/);
    expect(text).toContain('SUMMARY:Baclofen: start\\, 10 mg a day');
  });

  it('shows progress while generating', async () => {
    let finish: (bytes: Uint8Array) => void = () => {};
    generatePrescriberPdf.mockReturnValue(new Promise((resolve) => (finish = resolve)));
    renderWithMantine(<ExportPdfButtons data={exportData(WORKED_PATIENTS[0]!)} now={NOW} />);
    await userEvent.click(screen.getByRole('button', { name: 'Prescriber PDF (A4)' }));
    expect(await screen.findByText('Generating Prescriber PDF (A4)…')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Patient handout' })).toBeDisabled();
    finish(PDF_BYTES);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Patient handout' })).toBeEnabled());
  });

  it('says clearly when generation fails', async () => {
    generatePrescriberPdf.mockRejectedValue(new Error('layout failed'));
    renderWithMantine(<ExportPdfButtons data={exportData(WORKED_PATIENTS[0]!)} now={NOW} />);
    await userEvent.click(screen.getByRole('button', { name: 'Prescriber PDF (A4)' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Prescriber PDF (A4) could not be generated: layout failed');
    expect(downloads).toEqual([]);
  });

  it('offers no patient handout for a blocked plan, and says why', () => {
    const blocked = exportData(WORKED_PATIENTS[3]!);
    renderWithMantine(<ExportPdfButtons data={blocked} />);
    expect(screen.getByRole('button', { name: 'Prescriber PDF (A4)' })).toBeEnabled();
    const handout = screen.getByRole('button', { name: 'Patient handout' });
    expect(handout).toBeDisabled();
    expect(handout).toHaveAccessibleDescription(/blocked by a hard stop/);
  });
});
