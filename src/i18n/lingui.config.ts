import { defineConfig } from '@lingui/conf';
import { formatter } from '@lingui/format-po';

/**
 * The message catalogues, one set per area so each loads with the code that needs it: `app` (the shell and the planner) and `chart` (patients, charts, visits) with the
 * page, `clinical` (the words of the rules: findings, explain steps, errors) with the page and the
 * documents, `teaching` with the teaching routes, `documents` with the PDF and calendar code. Messages have
 * explicit ids (`nav.planner`, `finding.renal.severe.title`): the words are looked up by id, so the
 * rules never carry a language (issue 20). The PO files are the one place the clinical text is reviewed.
 */
export default defineConfig({
  locales: ['en', 'fr'],
  sourceLocale: 'en',
  fallbackLocales: false,
  format: formatter({ explicitIdAsDefault: true, origins: false, lineNumbers: false }),
  catalogs: ['app', 'chart', 'clinical', 'teaching', 'documents'].map((area) => ({
    path: `<rootDir>/locales/{locale}/${area}`,
    include: ['<rootDir>/../'],
  })),
});
