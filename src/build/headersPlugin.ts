/**
 * Vite plugin: the security headers of securityHeaders.ts into the build (`_headers` and the CSP meta
 * tag), and `vite preview` serving the `_headers` of the folder it serves — not headers recomputed from
 * the environment of the moment.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { contentSecurityPolicy, headersFile, parseHeadersFile, securityHeaders } from './securityHeaders.ts';

export const HEADERS_FILE = '_headers';

export function securityHeadersPlugin(fhirBaseUrl: string, authOrigin?: string): Plugin {
  let outDir = 'dist';
  return {
    name: 'bacloplan-security-headers',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        // Only the build writes the policy in: the dev server's own scripts would not pass it.
        if (context.server) return html;
        const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(fhirBaseUrl, { forHeader: false, authOrigin })}" />`;
        return html.replace('<!-- csp -->', meta);
      },
    },
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: HEADERS_FILE,
        source: headersFile(securityHeaders(fhirBaseUrl, authOrigin)),
      });
    },
    configurePreviewServer(server) {
      const file = join(outDir, HEADERS_FILE);
      if (!existsSync(file)) {
        throw new Error(
          `${file} is missing: build with \`npm run build\` before serving (it carries the CSP).`,
        );
      }
      const headers = parseHeadersFile(readFileSync(file, 'utf8'));
      server.middlewares.use((_request, response, next) => {
        for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
        next();
      });
    },
  };
}
