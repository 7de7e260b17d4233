import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';

// Comments cite docs an outsider can open: every `docs/….md` named in source, scripts, tests and docs
// exists in the repository (docs/domain.md, docs/detector.md, docs/ARCHITECTURE.md …).
const ROOT = join(import.meta.dirname, '../../..');
const DIRS = ['lib', 'components', 'entrypoints', 'scripts', 'tests', 'bench', 'docs'];
const SKIP = /node_modules|\/real\/(dev|test)\/|golden\.json|fixtures/;

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (SKIP.test(path)) continue;
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(ts|tsx|mjs|md|css|html)$/.test(name)) yield path;
  }
}

it('every cited docs/… file exists', () => {
  const missing: string[] = [];
  let cited = 0;
  for (const dir of DIRS) {
    for (const file of files(join(ROOT, dir))) {
      for (const [doc] of readFileSync(file, 'utf8').matchAll(/\bdocs\/[\w./-]+\.(md|svg|png)\b/g)) {
        cited++;
        if (!existsSync(join(ROOT, doc))) missing.push(`${relative(ROOT, file)} cites ${doc}`);
      }
    }
  }
  expect(missing).toEqual([]);
  expect(cited).toBeGreaterThan(40);
});

it('no comment cites the team-only design or domain notes, which are not in the repository', () => {
  const offenders: string[] = [];
  const roots = ['wxt.config.ts', 'vitest.config.ts', 'playwright.config.ts', 'README.md'].map((f) =>
    join(ROOT, f),
  );
  for (const file of [...DIRS.flatMap((dir) => [...files(join(ROOT, dir))]), ...roots.filter(existsSync)]) {
    if (/\b(DESIGN|DOMAIN)\.md\b/.test(readFileSync(file, 'utf8'))) offenders.push(relative(ROOT, file));
  }
  expect(offenders).toEqual([]);
});

it('no comment cites an issue number, which an outsider cannot look up', () => {
  const offenders: string[] = [];
  const roots = ['wxt.config.ts', 'vitest.config.ts', 'playwright.config.ts', '.ci/run'].map((f) =>
    join(ROOT, f),
  );
  const sources = [
    ...DIRS.filter((d) => d !== 'docs').flatMap((dir) => [...files(join(ROOT, dir))]),
    ...roots,
  ];
  for (const file of sources.filter(existsSync)) {
    if (/\b[Ii]ssues? #?\d+\b/.test(readFileSync(file, 'utf8'))) offenders.push(relative(ROOT, file));
  }
  expect(offenders).toEqual([]);
});

// A docs page's headings, lowercased, read once per page (null: no such page).
const HEADINGS = new Map<string, string | null>();
function headingsOf(doc: string): string | null {
  if (!HEADINGS.has(doc)) {
    const path = join(ROOT, 'docs', doc);
    HEADINGS.set(
      doc,
      existsSync(path)
        ? readFileSync(path, 'utf8')
            .split('\n')
            .filter((line) => line.startsWith('#'))
            .join('\n')
            .toLowerCase()
        : null,
    );
  }
  return HEADINGS.get(doc)!;
}

it('every cited section of a docs page is a heading there', () => {
  // `docs/detector-passes.md, "eleventh pass"` or `docs/ARCHITECTURE.md, "Gate"`: a page split or a
  // heading renamed would leave the comment pointing nowhere.
  const CITED = /\bdocs\/([\w-]+\.md),? (?:"([^"\n]{1,60})"|((?:[a-z]+ and )?[a-z]+) pass(?:es)?\b)/g;
  const missing: string[] = [];
  let cited = 0;
  for (const dir of DIRS) {
    for (const file of files(join(ROOT, dir))) {
      for (const [, doc, quoted, ordinals] of readFileSync(file, 'utf8').matchAll(CITED)) {
        const headings = headingsOf(doc!);
        if (headings === null) continue;
        const wanted = quoted ? [quoted] : ordinals!.split(' and ').map((o) => `${o} pass`);
        for (const w of wanted) {
          cited++;
          if (!headings.includes(w.toLowerCase()))
            missing.push(`${relative(ROOT, file)} cites "${w}" in docs/${doc}`);
        }
      }
    }
  }
  expect(missing).toEqual([]);
  expect(cited).toBeGreaterThan(10);
});

it('every corpus page a comment names is a dev or in-house page', () => {
  // Comments name the corpus page a rule was modelled on ("es-bitfinanzas-com.ts"), so a reader can open
  // it. A page of the test split is never read while tuning (tests/unit/detect/real/README.md), so no
  // comment may name one.
  const CORPUS = ['tests/unit/detect/real/dev', 'tests/unit/detect/corpus'].map((d) => join(ROOT, d));
  const TEST_SPLIT = join(ROOT, 'tests/unit/detect/real/test');
  const PAGE = /\b[a-z]{2}(?:-[a-z]{2})?-[a-z0-9][a-z0-9-]*\.ts\b/g;
  const wrong: string[] = [];
  let cited = 0;
  for (const dir of DIRS) {
    for (const file of files(join(ROOT, dir))) {
      for (const [page] of readFileSync(file, 'utf8').matchAll(PAGE)) {
        cited++;
        const where = relative(ROOT, file);
        if (existsSync(join(TEST_SPLIT, page))) wrong.push(`${where} names ${page}, a test-split page`);
        else if (!CORPUS.some((d) => existsSync(join(d, page))))
          wrong.push(`${where} names ${page}, no such page`);
      }
    }
  }
  expect(wrong).toEqual([]);
  expect(cited).toBeGreaterThan(30);
});
