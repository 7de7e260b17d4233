import { describe, expect, it } from 'vitest';
import {
  type AlertNote,
  type AlertState,
  evaluateAlerts,
  MIN_INTERVAL_MS,
} from '../../../lib/alerts/evaluate';
import { type AlertSettings, NO_ALERTS } from '../../../lib/alerts/settings';
import type { Snapshot } from '../../../lib/snapshot/schema';
import { makeSnapshot } from '../../e2e/support/snapshot-fixture';
import { EN } from '../words';

const HOUR = 3_600_000;
const BASE = makeSnapshot({ now: Date.parse('2026-02-05T12:00:00Z') });
const COST = BASE.cost.costUsd;

/** The snapshot at `price` (the cost stays put), with optional network changes. */
function at(price: number, patch: Partial<Snapshot> = {}): Snapshot {
  const multiple = price / COST;
  return { ...BASE, price: { ...BASE.price, usd: price }, multiple, gap: multiple - 1, ...patch };
}

/** Runs a price series, one snapshot per `everyMs`, and returns every notification with its time. */
function run(
  settings: Partial<AlertSettings>,
  prices: number[],
  everyMs = 2 * 60_000,
  start: AlertState = { lastFired: {} },
) {
  let state = start;
  const fired: Array<AlertNote & { at: number }> = [];
  prices.forEach((price, i) => {
    const now = i * everyMs;
    const out = evaluateAlerts({ ...NO_ALERTS, ...settings }, state, at(price), now, EN);
    state = out.state;
    for (const note of out.notes) fired.push({ ...note, at: now });
  });
  return { fired, state };
}

describe('alerts', () => {
  it('fire nothing while all are off, and nothing on the first look', () => {
    expect(run({}, [COST * 0.7, COST * 1.3, COST * 0.7]).fired).toEqual([]);
    expect(run({ crossCost: true, band: true }, [COST * 0.5]).fired).toEqual([]);
  });

  it('a week of prices wobbling 0.5 % around the cost never fires: 1 % hysteresis', () => {
    const week = Array.from({ length: 7 * 24 * 30 }, (_, i) => COST * (1 + 0.005 * Math.sin(i / 3)));
    expect(run({ crossCost: true }, week).fired).toEqual([]);
  });

  it('a real crossing fires once, in words; crossing back within 6 hours is held, after it fires again', () => {
    const series = [COST * 0.95, COST * 1.05, COST * 0.95, COST * 0.95, COST * 1.05];
    const { fired } = run({ crossCost: true }, series, HOUR);
    expect(fired.map((f) => [f.id, f.at / HOUR])).toEqual([['cost', 1]]);
    expect(fired[0]!.title).toBe('Bitcoin crossed above the cost to mine');
    expect(fired[0]!.message).toMatch(/^\$\d{2},\d{3} is now above the estimated cost of \$8\d,\d{3}/);
    const slow = run({ crossCost: true }, series, 4 * HOUR).fired;
    // At 8 h the drop back below comes 4 h after the last alert: held (never a flurry); at 16 h it fires.
    expect(slow.map((f) => f.at / HOUR)).toEqual([4, 16]);
    expect(slow.every((f, i) => i === 0 || f.at - slow[i - 1]!.at >= MIN_INTERVAL_MS)).toBe(true);
  });

  it("bands and the reader's own level, with the same stickiness at their edges", () => {
    const bands = run({ band: true }, [COST * 0.85, COST * 0.795, COST * 0.79, COST * 0.83], 8 * HOUR).fired;
    // 0.795× is within 1 % of the 0.8× edge: still near; 0.79× is below; 0.83× back near.
    expect(bands.map((f) => f.title)).toEqual([
      'Bitcoin moved below the cost to mine',
      'Bitcoin moved near the cost to mine',
    ]);
    const level = run({ level: 75_000 }, [70_000, 74_900, 76_000, 75_500, 74_000], 8 * HOUR).fired;
    expect(level.map((f) => f.title)).toEqual([
      'Bitcoin crossed above $75,000',
      'Bitcoin crossed below $75,000',
    ]);
  });

  it('a difficulty adjustment says its size and the new cost; Hash Ribbons start and end of capitulation', () => {
    let state: AlertState = { lastFired: {} };
    const settings = { ...NO_ALERTS, adjustment: true, ribbons: true };
    const step = (snap: Snapshot, now: number) => {
      const out = evaluateAlerts(settings, state, snap, now, EN);
      state = out.state;
      return out.notes.map((n) => n.title);
    };
    const ribbons = (s: 'capitulation' | 'recovery' | 'normal') => ({
      metrics: { ...BASE.metrics, hashRibbons: { state: s, sma30Hs: 1, sma60Hs: 1 } },
    });
    expect(step(at(70_000, ribbons('normal')), 0)).toEqual([]);
    const harder = { network: { ...BASE.network, difficulty: BASE.network.difficulty * 1.032 } };
    expect(step(at(70_000, { ...harder, ...ribbons('normal') }), 14 * 24 * HOUR)).toEqual([
      'Difficulty adjusted +3.2%',
    ]);
    expect(step(at(70_000, { ...harder, ...ribbons('capitulation') }), 15 * 24 * HOUR)).toEqual([
      'Hash Ribbons: miner capitulation started',
    ]);
    expect(step(at(70_000, { ...harder, ...ribbons('recovery') }), 30 * 24 * HOUR)).toEqual([
      'Hash Ribbons: capitulation ended',
    ]);
  });

  it('a stored state survives a restart: the same crossing is not announced twice', () => {
    const first = run({ crossCost: true }, [COST * 0.9, COST * 1.1], HOUR);
    expect(first.fired).toHaveLength(1);
    const restarted = JSON.parse(JSON.stringify(first.state)) as AlertState;
    expect(run({ crossCost: true }, [COST * 1.1, COST * 1.12], HOUR, restarted).fired).toEqual([]);
  });
});
