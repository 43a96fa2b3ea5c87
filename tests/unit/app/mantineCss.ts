/**
 * Which of Mantine's per-component stylesheets the app needs, worked out from the code: every
 * component the app imports from @mantine/core, plus every Mantine component those are built from
 * (followed through Mantine's own ESM imports), each mapped to `styles/<Name>.css` when it has one.
 * Used by mantine-css.test.ts to keep src/app/mantine.css complete and in Mantine's own order.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');
const mantine = join(root, 'node_modules/@mantine/core');
const esm = join(mantine, 'esm');

/** The global stylesheets every page needs, before any component's (Mantine's "Global styles"). */
export const GLOBAL_STYLESHEETS = ['baseline', 'default-css-variables', 'global'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Names the app imports (values, not types) from '@mantine/core'. */
export function importedNames(): Set<string> {
  const names = new Set<string>();
  for (const file of sourceFiles(join(root, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/import\s+(type\s+)?\{([^}]*)\}\s+from\s+'@mantine\/core'/g)) {
      if (match[1]) continue;
      for (const part of (match[2] ?? '').split(',')) {
        const name = part.trim();
        if (name && !name.startsWith('type ')) names.add(name.split(/\s+as\s+/)[0]!);
      }
    }
  }
  return names;
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/from\s+"(\.{1,2}\/[^"]+)"/g)].map((match) => resolve(dirname(file), match[1]!));
}

/** Mantine's ESM modules the named exports are built from (transitively). */
export function moduleClosure(names: Iterable<string>): Set<string> {
  const index = join(esm, 'index.mjs');
  const exported = new Map<string, string>();
  for (const match of readFileSync(index, 'utf8').matchAll(/import\s+\{([^}]*)\}\s+from\s+"([^"]+)"/g)) {
    for (const name of (match[1] ?? '').split(',')) exported.set(name.trim(), resolve(esm, match[2]!));
  }
  const seen = new Set<string>();
  const queue: string[] = [];
  for (const name of names) {
    const file = exported.get(name);
    if (!file) throw new Error(`@mantine/core has no export ${name}`);
    queue.push(file);
  }
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    queue.push(...importsOf(file));
  }
  return seen;
}

/** The component stylesheets (names without .css) the app needs, in styles.css order, globals first. */
export function requiredStylesheets(): string[] {
  const styles = join(mantine, 'styles');
  const needed = new Set<string>(GLOBAL_STYLESHEETS);
  for (const file of moduleClosure(importedNames())) {
    for (const segment of relative(esm, file).split('/')) {
      const name = segment.replace(/\.mjs$/, '');
      if (existsSync(join(styles, `${name}.css`))) needed.add(name);
    }
  }
  const bundle = readFileSync(join(mantine, 'styles.css'), 'utf8');
  const position = (name: string) => {
    const text = readFileSync(join(styles, `${name}.css`), 'utf8').trim();
    const at = bundle.indexOf(text.slice(0, 300));
    if (at === -1) throw new Error(`styles/${name}.css is not part of styles.css`);
    return at;
  };
  return [...needed].sort((a, b) => position(a) - position(b));
}
