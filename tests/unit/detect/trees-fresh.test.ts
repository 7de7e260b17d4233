import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { NF } from '../../../lib/detect/features';
import { decodeTrees, encodeTrees } from '../../../lib/detect/tree-code';
import { LEAF_MIN, TREE_CODE } from '../../../lib/detect/trees';
import { bagged, boost, treeRow } from '../../../scripts/lib/boost';
import { trainWords, wordTableSource } from '../../../scripts/lib/context-words';
import { BAGS, DEPTH, ETA, ROUNDS, trainingRows } from '../../../scripts/lib/training-rows';

// lib/detect/trees.ts is generated: it must be what `npm run train:detector` fits on today's corpus and
// features, so a new case or feature without a retrain fails here rather than shipping a stale model.
it('trees.ts and word-weights.ts are the model trained on the current corpus and features', async () => {
  const training = await trainingRows();
  const words = readFileSync(join(import.meta.dirname, '../../../lib/detect/word-weights.ts'), 'utf8');
  const table = trainWords(training);
  const trained = wordTableSource(table);
  expect(words).toBe(trained.source);
  // Written and read back, the table is the one trained (same votes for every token).
  const votes = (t: typeof table) =>
    new Map(t.tokens.map((token, k) => [token, [t.weights[2 + 2 * k], t.weights[3 + 2 * k]]]));
  expect(votes(trained.shipped)).toEqual(votes(table));
  expect(Array.from(trained.shipped.weights).slice(0, 2)).toEqual(Array.from(table.weights).slice(0, 2));
  const model = bagged(training, BAGS, (part) => boost(part, NF, ROUNDS, DEPTH, ETA));
  const rows = model.trees.map(treeRow);
  expect(encodeTrees(rows, DEPTH)).toEqual({ code: TREE_CODE, leafMin: LEAF_MIN });
  // The shipped decoding gives back the trained trees, leaves in units again.
  const flat = rows.flatMap((r) => r.map((v, i) => (i < (1 << DEPTH) - 1 ? v : v / 1000)));
  expect([...decodeTrees(TREE_CODE, LEAF_MIN, DEPTH)]).toEqual(flat);
}, 600_000);
