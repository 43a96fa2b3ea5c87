/**
 * The HTTP headers bacloplan must be served with, decided once at build time from the one setting that
 * changes them (the FHIR server's address). The build writes them into the output (`_headers`, the
 * format Netlify and Cloudflare Pages read) and into the page's CSP meta tag; `vite preview` serves the
 * file it finds in the folder it serves. So a build carries its own policy: serving it never needs the
 * environment it was built with, and a build for one FHIR server cannot be served with another's CSP.
 *
 * Build-time code (Node): never imported by the app.
 */

/** Scripts only from our origin; network only to our origin and the configured FHIR server. */
export function contentSecurityPolicy(fhirBaseUrl: string, { forHeader }: { forHeader: boolean }): string {
  let fhirOrigin = '';
  try {
    fhirOrigin = ` ${new URL(fhirBaseUrl).origin}`;
  } catch {
    // A relative base URL (the demo's `/fhir`) is same-origin and already covered by 'self'.
  }
  return [
    "default-src 'self'",
    "script-src 'self'",
    // Mantine and Recharts set `style` attributes; inline scripts stay forbidden.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${fhirOrigin}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // No other site may frame the app (clickjacking). Only a header can say this: browsers ignore it in meta.
    ...(forHeader ? ["frame-ancestors 'none'"] : []),
  ].join('; ');
}

export function securityHeaders(fhirBaseUrl: string): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(fhirBaseUrl, { forHeader: true }),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    // For browsers without CSP frame-ancestors.
    'X-Frame-Options': 'DENY',
  };
}

/** The `_headers` file: every path gets the same headers. */
export function headersFile(headers: Record<string, string>): string {
  return ['/*', ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`), ''].join('\n');
}

/** Reads a `_headers` file back (the lines under `/*`); anything else in it is ignored. */
export function parseHeadersFile(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let inAll = false;
  for (const line of text.split(/\r?\n/)) {
    if (!line.startsWith(' ') && !line.startsWith('\t')) {
      inAll = line.trim() === '/*';
      continue;
    }
    const match = inAll ? /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line) : null;
    if (match?.[1] && match[2]) headers[match[1]] = match[2].trim();
  }
  return headers;
}
