import { describe, expect, it } from 'vitest';
import { readHistory } from '@/lib/snapshot/history';
import { readSnapshot } from '@/lib/snapshot/schema';
import { FIXTURE, makeHistory, makeSnapshot } from '../../e2e/support/snapshot-fixture';

// The e2e seed data must stay valid as the snapshot schema evolves; this fails first if it drifts.
describe('e2e snapshot fixture', () => {
  it('is a valid snapshot with a realistic gap and cost', () => {
    const snapshot = makeSnapshot({ now: Date.UTC(2026, 1, 5, 12) });
    expect(readSnapshot(snapshot)).not.toBeNull();
    expect(snapshot.price.usd).toBe(FIXTURE.priceUsd);
    expect(snapshot.cost.costUsd).toBeGreaterThan(80_000);
    expect(snapshot.cost.costUsd).toBeLessThan(90_000);
    expect(snapshot.gap).toBeCloseTo(snapshot.price.usd / snapshot.cost.costUsd - 1, 10);
    expect(snapshot.band).toBe('near');
  });

  it('has a valid year of history with ribbons and Puell computable', () => {
    const now = Date.UTC(2026, 1, 5, 12);
    expect(readHistory(makeHistory(now))?.days).toHaveLength(365);
    const snapshot = makeSnapshot({ now });
    expect(snapshot.metrics.hashRibbons?.state).toBeDefined();
    expect(snapshot.metrics.puellMultiple).toBeGreaterThan(0);
  });

  it('carries health overrides for stale-state tests', () => {
    const snapshot = makeSnapshot({ health: { stale: true, failing: true } });
    expect(snapshot.health).toMatchObject({ stale: true, failing: true });
  });
});
