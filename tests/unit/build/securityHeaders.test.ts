import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  headersFile,
  parseHeadersFile,
  securityHeaders,
} from '../../../src/build/securityHeaders';

describe('security headers decided at build time', () => {
  it('lets the app reach its own origin and the configured FHIR server, nothing else', () => {
    const csp = contentSecurityPolicy('https://ehr.example.org/fhir/R4', { forHeader: true });
    expect(csp).toContain("connect-src 'self' https://ehr.example.org;");
    expect(contentSecurityPolicy('/fhir', { forHeader: true })).toContain("connect-src 'self';");
  });

  it('forbids framing in the header, and leaves it out of the meta tag (browsers ignore it there)', () => {
    expect(contentSecurityPolicy('/fhir', { forHeader: true })).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy('/fhir', { forHeader: false })).not.toContain('frame-ancestors');
  });

  it('writes a _headers file that reads back to the same headers', () => {
    const headers = securityHeaders('https://ehr.example.org/fhir');
    expect(parseHeadersFile(headersFile(headers))).toEqual(headers);
    expect(headers).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'X-Frame-Options': 'DENY',
    });
  });

  it('reads only the rules for every path from a _headers file', () => {
    const text = '/assets/*\n  Cache-Control: immutable\n/*\n  Referrer-Policy: no-referrer\n';
    expect(parseHeadersFile(text)).toEqual({ 'Referrer-Policy': 'no-referrer' });
  });
});
