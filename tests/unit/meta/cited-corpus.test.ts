import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';

// Comments name the corpus page a rule was modelled on ("es-bitfinanzas-com.ts"), so a reader can open
// it: every such name must be a file of the dev split or the in-house corpus. A page of the test split
// is never read while tuning (tests/unit/detect/real/README.md), so no comment may name one.
const ROOT = join(import.meta.dirname, '../../..');
const DIRS = ['lib', 'scripts', 'tests/unit', 'tests/e2e', 'bench', 'docs'];
const SKIP = /node_modules|\/real\/(dev|test)\/|golden\.json/;
const CORPUS = ['tests/unit/detect/real/dev', 'tests/unit/detect/corpus'].map((d) => join(ROOT, d));
const TEST_SPLIT = join(ROOT, 'tests/unit/detect/real/test');
const PAGE = /\b[a-z]{2}(?:-[a-z]{2})?-[a-z0-9][a-z0-9-]*\.ts\b/g;

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (SKIP.test(path)) continue;
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(ts|tsx|md)$/.test(name)) yield path;
  }
}

it('every corpus page a comment names is a dev or in-house page', () => {
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
