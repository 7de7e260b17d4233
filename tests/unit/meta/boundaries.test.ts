// Meta-test: which part of the code may import which, written down once (RULES) and enforced on every
// static and dynamic import of lib/, components/ and entrypoints/. docs/ARCHITECTURE.md draws the
// same arrows. An arrow the table allows but no file uses fails too, so the table stays the true map.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');

/** Each part and the parts it may import (besides itself). Most specific prefix wins. */
const RULES: Record<string, string[]> = {
  // The pure detector and the gate that runs in every frame: nothing of ours.
  'lib/detect': [],
  'lib/gate': [],
  // Settings own the reader's choices; they embed the alert switches' defaults (a leaf) and nothing else.
  'lib/alerts/settings.ts': [],
  'lib/settings': ['lib/alerts/settings.ts'],
  'lib/economics': ['lib/settings'],
  // The refresh path: sources fetch, economics compute, snapshot assembles what they say.
  'lib/sources': ['lib/economics', 'lib/settings'],
  'lib/snapshot': ['lib/economics', 'lib/settings', 'lib/sources'],
  'lib/alerts': [
    'lib/alerts/settings.ts',
    'lib/format.ts',
    'lib/format-metrics.ts',
    'lib/i18n',
    'lib/snapshot',
  ],
  // The page side renders what the background published; it never fetches (no lib/sources).
  'lib/overlay': ['lib/format.ts', 'lib/economics', 'lib/i18n', 'lib/settings', 'lib/snapshot'],
  // Shared by every side: money formatting and the messages between the sides.
  'lib/format.ts': [],
  'lib/format-metrics.ts': ['lib/format.ts', 'lib/i18n'],
  // The typed i18n layer: keys typed from the English catalogue (type only), models in words.
  'lib/i18n': ['lib/economics', 'lib/format.ts', 'lib/settings', 'public/_locales'],
  'public/_locales': [],
  // The detect request's bounds are the page side's (lib/overlay/remote-detect.ts): one number, two checks.
  'lib/messages.ts': ['lib/overlay', 'lib/settings', 'lib/snapshot'],
  // Watching stored keys, one way for everyone (the storage API is passed in).
  'lib/storage-watch.ts': [],
  // The background also runs the detector for the pages' overlays (lib/overlay/remote-detect.ts).
  'lib/background': [
    'lib/alerts',
    'lib/detect',
    'lib/format.ts',
    'lib/i18n',
    'lib/messages.ts',
    'lib/overlay',
    'lib/settings',
    'lib/snapshot',
    'lib/sources',
    'lib/storage-watch.ts',
  ],
  // UI: the popup and pages read snapshots and settings; the example badge is the overlay's own.
  components: [
    'lib/alerts',
    'lib/background',
    'lib/economics',
    'lib/format.ts',
    'lib/format-metrics.ts',
    'lib/i18n',
    'lib/messages.ts',
    'lib/overlay',
    'lib/settings',
    'lib/snapshot',
    'lib/storage-watch.ts',
  ],
  // Thin wiring: may reach anything below, never another entry point's files.
  entrypoints: [
    'components',
    'lib/background',
    'lib/detect',
    'lib/gate',
    'lib/i18n',
    'lib/messages.ts',
    'lib/overlay',
    'lib/settings',
    'lib/snapshot',
    'lib/sources',
    'lib/storage-watch.ts',
  ],
};

const PARTS = Object.keys(RULES).sort((a, b) => b.length - a.length);
const partOf = (file: string) => PARTS.find((p) => file === p || file.startsWith(`${p}/`));
/** The rule that lets `from` import `to` (a part, or one file of a part), if any. */
const allowance = (from: string, to: string) =>
  RULES[from]!.filter((p) => to === p || to.startsWith(`${p}/`)).sort((a, b) => b.length - a.length)[0];

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith('.') && !spec.startsWith('@/')) return null;
  const base = spec.startsWith('@/') ? spec.slice(2) : normalize(join(dirname(from), spec));
  const found = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find(
    (f) => existsSync(join(ROOT, f)) && statSync(join(ROOT, f)).isFile(),
  );
  return found ?? base;
}

/** Every import between two different parts: [from file, to file, from part, to part]. */
const edges = ['lib', 'components', 'entrypoints']
  .flatMap(sources)
  .flatMap((file) =>
    [...readFileSync(join(ROOT, file), 'utf8').matchAll(/\b(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map(
      (m) => [file, resolve(file, m[1]!)] as const,
    ),
  )
  .filter((e): e is readonly [string, string] => e[1] !== null)
  .map(([from, to]) => [from, to, partOf(from), partOf(to)] as const)
  .filter(([, , a, b]) => a !== b);

describe('import boundaries', () => {
  it('every file belongs to a part of the table', () => {
    const all = ['lib', 'components', 'entrypoints'].flatMap(sources);
    expect(all.filter((f) => !partOf(f))).toEqual([]);
    expect(edges.filter(([, to, , b]) => !b && !to.startsWith('public/'))).toEqual([]);
  });

  it('every import follows an arrow of the table', () => {
    const broken = edges.filter(([, to, a]) => !allowance(a!, to)).map(([from, to]) => `${from} → ${to}`);
    expect(broken).toEqual([]);
  });

  it('every arrow of the table is used (the table is the true map)', () => {
    const used = new Set(edges.map(([, to, a]) => `${a} → ${allowance(a!, to)}`));
    const unused = Object.entries(RULES).flatMap(([from, tos]) =>
      tos.map((to) => `${from} → ${to}`).filter((arrow) => !used.has(arrow)),
    );
    expect(unused).toEqual([]);
  });

  it('the table has no cycle between parts (files within a part may still import each other)', () => {
    const seen = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (part: string, path: string[]) => {
      if (seen.get(part) === 'done') return;
      if (seen.get(part) === 'open') return void cycles.push([...path, part].join(' → '));
      seen.set(part, 'open');
      for (const to of RULES[part]!) visit(partOf(to)!, [...path, part]);
      seen.set(part, 'done');
    };
    for (const part of PARTS) visit(part, []);
    expect(cycles).toEqual([]);
  });
});
