import { downloadFile } from '../../lib/downloadFile';

/** A PDF (or another export: `type`) handed to the browser as a download. */
export function downloadPdf(bytes: Uint8Array, fileName: string, type = 'application/pdf'): void {
  downloadFile(bytes, fileName, type);
}
