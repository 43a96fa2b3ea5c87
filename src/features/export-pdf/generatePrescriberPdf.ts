/**
 * Prescriber copy of the plan as PDF bytes. Runs in the browser (through the export buttons' dynamic
 * import) and in Node (tests, benchmark) alike.
 */
import type { PlanExportData } from '../../lib/planExport';
import type { PdfOptions } from './exportModel';
import { prescriberDocument } from './prescriberDocument';
import { renderPdf } from './pdfRender';

export type { PdfOptions, Paper } from './exportModel';

export async function generatePrescriberPdf(data: PlanExportData, options: PdfOptions): Promise<Uint8Array> {
  return renderPdf(prescriberDocument(data, options));
}
