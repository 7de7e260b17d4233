// Meta-tests: conventions from the developers' guide that code review would otherwise have to catch.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');

function sources(dir: string): string[] {
  const out: string[] = [];
  if (!existsSync(join(ROOT, dir))) return out;
  for (const name of readdirSync(join(ROOT, dir))) {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) out.push(...sources(path));
    else if (/\.(ts|tsx)$/.test(name)) out.push(path);
  }
  return out;
}
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const code = (path: string) => read(path).replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');

const lib = sources('lib');
const shipped = [...lib, ...sources('entrypoints'), ...sources('components')];

describe('conventions', () => {
  it('lib/ is the pure core: no extension globals (an injected `browser` parameter is fine)', () => {
    const usesGlobal = (text: string) =>
      /\bchrome\.\w/.test(text) ||
      /from ['"](wxt\/browser|webextension-polyfill|#imports)['"]/.test(text) ||
      (/\bbrowser\.\w/.test(text) && !/\bbrowser\??:/.test(text));
    expect(lib.filter((file) => usesGlobal(code(file)))).toEqual([]);
  });

  it('shipped code imports zod/mini, never full zod (bundle size)', () => {
    const offenders = shipped.filter((file) => /from ['"]zod['"]/.test(read(file)));
    expect(offenders).toEqual([]);
  });

  it('shipped code never parses strings as HTML or evaluates code', () => {
    const pattern =
      /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|\beval\(|new Function\(/;
    expect(shipped.filter((file) => pattern.test(code(file)))).toEqual([]);
  });

  it('files stay small: one concern each (at most 250 lines)', () => {
    const long = shipped
      .map((file) => ({ file: relative(ROOT, join(ROOT, file)), lines: read(file).split('\n').length }))
      .filter(({ lines }) => lines > 250);
    expect(long).toEqual([]);
  });

  it('content scripts and UI pages never talk to the network (only the background does)', () => {
    const pageSide = shipped.filter((file) =>
      /^(lib\/(overlay|detect|gate)|components|entrypoints\/(gate|overlay|popup|options))/.test(file),
    );
    const network = /\b(fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon)\b/;
    expect(pageSide.filter((file) => network.test(code(file)))).toEqual([]);
  });

  it('the gate, injected into every frame, imports no package: no zod, no polyfill, no detector', () => {
    // Follows the gate's static imports through the source (`@/` and relative paths); every other
    // specifier is a package. tests/e2e/bundle-budget.spec.ts checks the built file as well.
    const resolveImport = (from: string, spec: string): string | null => {
      if (!spec.startsWith('.') && !spec.startsWith('@/')) return null;
      const base = spec.startsWith('@/') ? spec.slice(2) : join(from, '..', spec);
      return (
        [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((f) => existsSync(join(ROOT, f))) ?? null
      );
    };
    const modules = new Set<string>();
    const packages: string[] = [];
    const visit = (file: string) => {
      if (modules.has(file)) return;
      modules.add(file);
      for (const [, spec] of code(file).matchAll(/\b(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) {
        const target = resolveImport(file, spec!);
        if (target) visit(target);
        else packages.push(`${file} → ${spec}`);
      }
    };
    visit('entrypoints/gate.ts');
    expect(packages).toEqual([]);
    expect([...modules].sort()).toEqual([
      'entrypoints/gate.ts',
      'lib/gate/bitcoin-text.ts',
      'lib/gate/near-view.ts',
      'lib/gate/watch.ts',
    ]);
  });
});
