/**
 * The HTTP headers bacloplan must be served with, decided once at build time from the one setting that
 * changes them (the FHIR server's address). The build writes them into the output (`_headers`, the
 * format Netlify and Cloudflare Pages read) and into the page's CSP meta tag; `vite preview` serves the
 * file it finds in the folder it serves. So a build carries its own policy: serving it never needs the
 * environment it was built with, and a build for one FHIR server cannot be served with another's CSP.
 *
 * Build-time code (Node): never imported by the app.
 */

/**
 * VITE_SMART_AUTH_ORIGIN, checked: the SMART authorisation server's origin when it is not the FHIR
 * server's (the app fetches its token endpoint). Anything but a bare origin is a configuration error,
 * said at build time rather than found as a blocked sign-in in clinic.
 */
export function smartAuthOrigin(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || url.origin !== value.replace(/\/$/, '') || !/^https?:$/.test(url.protocol)) {
    throw new Error(
      `VITE_SMART_AUTH_ORIGIN must be an origin such as https://auth.example.org (scheme and host, no path); got "${value}".`,
    );
  }
  return url.origin;
}

/**
 * Scripts only from our origin; network only to our origin, the configured FHIR server and, when it is
 * elsewhere, the SMART authorisation server (its token endpoint).
 */
export function contentSecurityPolicy(
  fhirBaseUrl: string,
  { forHeader, authOrigin }: { forHeader: boolean; authOrigin?: string | undefined },
): string {
  let fhirOrigin = '';
  try {
    fhirOrigin = ` ${new URL(fhirBaseUrl).origin}`;
  } catch {
    // A relative base URL (the demo's `/fhir`) is same-origin and already covered by 'self'.
  }
  if (authOrigin && fhirOrigin.trim() !== authOrigin) fhirOrigin += ` ${authOrigin}`;
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

export function securityHeaders(fhirBaseUrl: string, authOrigin?: string): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(fhirBaseUrl, { forHeader: true, authOrigin }),
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
