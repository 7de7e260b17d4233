import { expect, it } from 'vitest';
import { NF } from '../../../lib/detect/features';
import { TREES } from '../../../lib/detect/trees';
import { boost } from '../../../scripts/lib/boost';
import { DEPTH, ETA, ROUNDS, trainingRows } from '../../../scripts/lib/training-rows';

// lib/detect/trees.ts is generated: it must be what `npm run train:detector` fits on today's corpus and
// features, so a new case or feature without a retrain fails here rather than shipping a stale model.
it('trees.ts is the model trained on the current corpus and features', async () => {
  const model = boost(await trainingRows(), NF, ROUNDS, DEPTH, ETA);
  expect(model.trees.flatMap((t) => [...t.feature, ...t.leaf])).toEqual([...TREES]);
}, 120_000);
