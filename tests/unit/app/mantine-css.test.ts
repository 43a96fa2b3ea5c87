/**
 * src/app/mantine.css imports Mantine's stylesheets one by one instead of all of styles.css. A
 * component used without its stylesheet renders unstyled (a Select without its dropdown, a Modal
 * without its overlay), which no unit test would notice: this test works out the list from the code.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GLOBAL_STYLESHEETS, importedNames, moduleClosure, requiredStylesheets } from './mantineCss';

const imported = [
  ...readFileSync(new URL('../../../src/app/mantine.css', import.meta.url), 'utf8').matchAll(
    /@import '@mantine\/core\/styles\/([^']+)\.css';/g,
  ),
].map((match) => match[1] ?? '');

describe('src/app/mantine.css', () => {
  it('imports the stylesheet of every Mantine component the app uses, and nothing else', () => {
    const required = requiredStylesheets();
    expect(
      required.filter((name) => !imported.includes(name)),
      'missing: add these imports',
    ).toEqual([]);
    expect(
      imported.filter((name) => !required.includes(name)),
      'no longer used: remove these',
    ).toEqual([]);
  });

  it('keeps Mantine’s own order (later components override the ones they are built from)', () => {
    expect(imported).toEqual(requiredStylesheets());
    expect(imported.slice(0, 3)).toEqual(GLOBAL_STYLESHEETS);
  });

  it('follows Mantine’s internal imports: a Select needs the Combobox, Popover, Input and ScrollArea styles', () => {
    const closure = [...moduleClosure(['Select'])].join('\n');
    for (const part of ['Combobox', 'Popover', 'Input', 'ScrollArea']) expect(closure).toContain(`/${part}/`);
    expect(importedNames()).toContain('Select');
  });
});
