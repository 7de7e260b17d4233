import type { RealCase } from './labels';
import { splitOf } from './split';

export type { Block, Label, RealCase, Tag } from './labels';

type Module = { cases: RealCase[] };
const load = (modules: Record<string, Module>) =>
  Object.entries(modules).flatMap(([file, m]) =>
    m.cases.map((c, i) => ({ ...c, id: `${file.replace(/^.*\//, '')}#${i}` })),
  );

export type IdCase = RealCase & { id: string };

/** Cases from sites in the dev split: tune on these. */
export const dev: IdCase[] = load(import.meta.glob<Module>('./dev/*.ts', { eager: true }));
/** Cases from sites in the test split: score only, never read while tuning. */
export const test: IdCase[] = load(import.meta.glob<Module>('./test/*.ts', { eager: true }));

export { splitOf };
