import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { RealCase } from './labels';

/**
 * A split's cases read from disk, in file order, for callers without Vite's import.meta.glob (index.ts):
 * the trainer (scripts/lib/training-rows.ts) and the end-to-end pages (tests/e2e/support/corpus-pages.ts).
 */
export async function loadSplit(split: 'dev' | 'test'): Promise<RealCase[]> {
  const dir = join(import.meta.dirname, split);
  const cases: RealCase[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort()) {
    cases.push(...((await import(join(dir, file))) as { cases: RealCase[] }).cases);
  }
  return cases;
}
