import { describe, expect, it } from 'vitest';
import { badgeDataFromSnapshot } from '../../../lib/overlay/badge-data';
import { type Detection, redetect } from '../../../lib/overlay/redetect';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { en } from '../words';
import { SNAPSHOT, stubDetect } from './helpers';

const data = badgeDataFromSnapshot(SNAPSHOT, DEFAULT_SETTINGS, en)!;
const detection = (text: string): Detection => ({
  text,
  context: '',
  data,
  matches: stubDetect(text, { usdPer: { EUR: 1.1 } }),
});

describe('redetect: a ticker changing only its digits', () => {
  it('carries each match over with its value scaled, as the detector would read it', () => {
    for (const [before, after] of [
      ['BTC $70,123.45 and $69,999.00', 'BTC $70,456.78 and $70,001.50'],
      ['Bitcoin 64.500 € heute', 'Bitcoin 64.510 € heute'],
    ] as const) {
      const carried = redetect(detection(before), after)!;
      const fresh = stubDetect(after, { usdPer: { EUR: 1.1 } });
      expect(carried.map((m) => m.text)).toEqual(fresh.map((m) => m.text));
      carried.forEach((m, i) => {
        expect(m.value).toBeCloseTo(fresh[i]!.value, 6);
        expect(m.usd!).toBeCloseTo(fresh[i]!.usd!, 6);
        expect([m.start, m.end, m.kind]).toEqual([fresh[i]!.start, fresh[i]!.end, fresh[i]!.kind]);
      });
    }
  });

  it('gives up when more than the digits changed: the detector must read it again', () => {
    const last = detection('BTC $70,123.45');
    expect(redetect(last, 'BTC $9,123.45')).toBeNull(); // a digit fewer
    expect(redetect(last, 'ETH $70,123.45')).toBeNull(); // a word changed
    expect(redetect(last, 'BTC $70.123,45')).toBeNull(); // separators moved
    expect(redetect(last, 'BTC $70,123.45')).toBe(last.matches);
  });

  it('carries the prices over when a change beside them flips its sign, never a price whose sign flips', () => {
    // tests/e2e/pages/ticker.html: "+1.1%" and "-2.1%" alternate with every tick.
    const last = detection('BTC/USD $70,123.45 +1.1%');
    const carried = redetect(last, 'BTC/USD $70,160.46 -2.1%')!;
    expect(carried.map((m) => m.text)).toEqual(['$70,160.46']);
    expect(carried[0]!.value).toBeCloseTo(70160.46, 6);
    expect(redetect(detection('BTC +$70,123.45'), 'BTC -$70,123.45')).toBeNull();
    expect(redetect(detection('BTC $70,123.45'), 'BTC $70-123.45')).toBeNull();
  });

  it('gives up on a price whose old digits were all zero (no ratio to scale by)', () => {
    expect(redetect(detection('BTC $0,000.00'), 'BTC $7,000.00')).toBeNull();
  });
});
