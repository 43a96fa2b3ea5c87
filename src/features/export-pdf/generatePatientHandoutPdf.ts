/**
 * Patient handout of the plan as PDF bytes (browser and Node alike). Throws for a blocked plan: there
 * is no schedule a patient could follow.
 */
import type { PlanExportData } from '../../lib/planExport';
import type { PdfOptions } from './exportModel';
import { handoutDocument } from './handoutDocument';
import { renderPdf } from './pdfRender';

export async function generatePatientHandoutPdf(
  data: PlanExportData,
  options: PdfOptions,
): Promise<Uint8Array> {
  return renderPdf(handoutDocument(data, options));
}
