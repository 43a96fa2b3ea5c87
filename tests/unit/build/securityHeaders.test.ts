import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  headersFile,
  parseHeadersFile,
  securityHeaders,
  smartAuthOrigin,
} from '../../../src/build/securityHeaders';

describe('security headers decided at build time', () => {
  it('lets the app reach its own origin and the configured FHIR server, nothing else', () => {
    const csp = contentSecurityPolicy('https://ehr.example.org/fhir/R4', { forHeader: true });
    expect(csp).toContain("connect-src 'self' https://ehr.example.org;");
    expect(contentSecurityPolicy('/fhir', { forHeader: true })).toContain("connect-src 'self';");
  });

  it('adds a SMART authorisation server on another origin, given as a bare origin only', () => {
    const csp = contentSecurityPolicy('https://ehr.example.org/fhir', {
      forHeader: true,
      authOrigin: smartAuthOrigin('https://auth.example.org'),
    });
    expect(csp).toContain("connect-src 'self' https://ehr.example.org https://auth.example.org;");
    expect(
      contentSecurityPolicy('https://ehr.example.org/fhir', {
        forHeader: true,
        authOrigin: 'https://ehr.example.org',
      }),
    ).toContain("connect-src 'self' https://ehr.example.org;");
    expect(smartAuthOrigin(undefined)).toBeUndefined();
    expect(smartAuthOrigin('https://auth.example.org/')).toBe('https://auth.example.org');
    for (const bad of ['https://auth.example.org/oauth2', 'auth.example.org', 'javascript:alert(1)']) {
      expect(() => smartAuthOrigin(bad), bad).toThrow(/VITE_SMART_AUTH_ORIGIN must be an origin/);
    }
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
