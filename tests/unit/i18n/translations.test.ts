/**
 * No message without its translation (issue 20): every id of every catalogue is in English and in
 * French, none is empty, both compile as ICU messages and use the same values — a French message that
 * dropped `{doseMg}` would print a sentence without its dose.
 */
import { describe, expect, it } from 'vitest';
import { AREAS, placeholders, readCatalogue } from './catalogues';

describe.each(AREAS)('the %s catalogue', (area) => {
  it('has every message in English and in French, none empty', async () => {
    const english = await readCatalogue('en', area);
    const french = await readCatalogue('fr', area);
    const missingInFrench = [...english.keys()].filter((id) => !french.get(id)?.trim());
    const missingInEnglish = [...french.keys()].filter((id) => !english.get(id)?.trim());
    expect(missingInFrench, 'ids without a French message').toEqual([]);
    expect(missingInEnglish, 'ids without an English message').toEqual([]);
  });

  it('uses the same values in both languages, and every message compiles', async () => {
    const english = await readCatalogue('en', area);
    const french = await readCatalogue('fr', area);
    const mismatched = [...english.entries()]
      .filter(([id]) => french.has(id))
      .filter(([id, message]) => placeholders(message).join() !== placeholders(french.get(id) ?? '').join())
      .map(([id]) => id);
    expect(mismatched, 'ids whose French message uses other values than the English one').toEqual([]);
  });
});
