/** Reads the PO catalogues as the build does (Lingui's PO format, ids explicit), for the tests. */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatter } from '@lingui/format-po';
import { compileMessageOrThrow, type CompiledMessage } from '@lingui/message-utils/compileMessage';

export const LOCALES_DIR = fileURLToPath(new URL('../../../src/i18n/locales/', import.meta.url));
export const AREAS = readdirSync(`${LOCALES_DIR}/en`)
  .filter((file) => file.endsWith('.po'))
  .map((file) => file.replace(/\.po$/, ''));

const po = formatter({ explicitIdAsDefault: true, origins: false, lineNumbers: false });

/** id → message of one catalogue. */
export async function readCatalogue(language: string, area: string): Promise<Map<string, string>> {
  const filename = `${LOCALES_DIR}/${language}/${area}.po`;
  const parsed = await po.parse(readFileSync(filename, 'utf8'), {
    locale: language,
    sourceLocale: 'en',
    filename,
  });
  return new Map(Object.entries(parsed).map(([id, entry]) => [id, entry.translation ?? '']));
}

/** The names of the values a message uses, with their ICU type ("count:plural", "name"). */
export function placeholders(message: string): string[] {
  const names = new Set<string>();
  const walk = (tokens: CompiledMessage) => {
    for (const token of tokens) {
      if (typeof token === 'string') continue;
      const [name, type, format] = token;
      names.add(type ? `${name}:${type}` : name);
      if (format && typeof format === 'object')
        Object.entries(format as Record<string, unknown>).forEach(([key, choice]) => {
          if (key !== 'offset' && Array.isArray(choice)) walk(choice as CompiledMessage);
        });
    }
  };
  walk(compileMessageOrThrow(message));
  return [...names].sort();
}
