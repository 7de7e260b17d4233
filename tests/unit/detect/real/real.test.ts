import { describe, expect, it } from 'vitest';
import { dev, test as testSplit } from '.';
import { costPrecision, costRecall, line, precision, recall, score, table } from './score';

// Floors under what the detector reaches on the dev split today, so a change that loses ground fails.
// The goal is higher (btc_price precision 0.97 and recall 0.95, btc_cost recall 0.90 with at most 2 % of
// costs called prices): docs/detector.md keeps the measured figures and what still fails.
// Recall's floor fell from 0.925 to 0.905 when 158 harder sites joined the dev split (docs/detector-passes.md,
// eighth pass), and precision's from 0.955 to 0.945 and recall's to 0.895 when 147 more did, full of
// savings, tax allowances and sums invested (ninth pass). Cost precision (0.905 when first measured,
// thirteenth pass) has a floor of its own: a cost badge on a sum is as wrong as a price badge. Precision
// and recall rose again with the year's prices (0.960 and 0.911, nineteenth pass). Cost precision's floor
// fell to 0.875 when bare levels joined the training rows (twenty-second pass): trained on, 0.894 → 0.880,
// while cross-validated it held (0.837 both); then to 0.865 when close calls went to cost more often
// (the same pass: cross-validated 0.837 → 0.824, for 0.015 more cost recall and a quarter fewer costs
// called prices).
const FLOOR = { precision: 0.955, recall: 0.905, costRecall: 0.89, costPrecision: 0.865, costAsPrice: 0.03 };

describe('real-text corpus: detector', () => {
  it('dev split stays above its floor', () => {
    const d = score(dev, true);
    console.log(table('dev', d));
    if (process.env.DETECT_ERRORS) console.log(d.errors.join('\n'));
    expect(precision(d.all)).toBeGreaterThanOrEqual(FLOOR.precision);
    expect(recall(d.all)).toBeGreaterThanOrEqual(FLOOR.recall);
    expect(costRecall(d.all)).toBeGreaterThanOrEqual(FLOOR.costRecall);
    expect(costPrecision(d.all)).toBeGreaterThanOrEqual(FLOOR.costPrecision);
    expect(d.all.costAsPrice).toBeLessThanOrEqual(FLOOR.costAsPrice * d.all.costs);
    expect(d.all.valueRight / d.all.valued).toBeGreaterThanOrEqual(0.98);
  });

  it('test split is scored, never tuned on (printed for the record)', () => {
    const t = score(testSplit, false);
    console.log(table('test', t));
    console.log(line('test, detectPrices(text) alone', score(testSplit, false, 0, true).all));
    expect(t.all.amounts).toBeGreaterThan(0);
  });
});
