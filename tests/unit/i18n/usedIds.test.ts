/**
 * Every message id the code asks for by name is in a catalogue: a typo or a message never written would
 * otherwise print its id on the screen or on paper. Ids built at run time (`nav.${key}`) are checked by
 * the tests of the code that builds them.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { AREAS, readCatalogue } from './catalogues';

const SRC = fileURLToPath(new URL('../../../src/', import.meta.url));
// t('id'), t("id", …), i18n._('id'), <Trans id="id">
const USE = /(?:\bt|\b_|\._)\(\s*['"]([a-z][\w.-]*\.[\w.-]+)['"]|<Trans\s+id=["']([\w.-]+)["']/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.gen.ts') ? [path] : [];
  });
}

it('finds every id the code names in a catalogue', async () => {
  const known = new Set<string>();
  for (const area of AREAS) for (const id of (await readCatalogue('en', area)).keys()) known.add(id);
  const unknown: string[] = [];
  let used = 0;
  for (const file of sourceFiles(SRC)) {
    for (const match of readFileSync(file, 'utf8').matchAll(USE)) {
      const id = match[1] ?? match[2] ?? '';
      used += 1;
      if (!known.has(id)) unknown.push(`${file.slice(SRC.length)}: ${id}`);
    }
  }
  expect(used).toBeGreaterThan(10);
  expect(unknown).toEqual([]);
});
