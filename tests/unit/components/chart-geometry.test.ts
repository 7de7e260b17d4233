import { describe, expect, it } from 'vitest';
import { bandPath, type ChartBox, chartGeometry, GAP_MS, niceTicks } from '@/components/chart-geometry';

const box: ChartBox = { width: 200, height: 100, pad: { top: 0, right: 0, bottom: 0, left: 0 } };

describe('chart geometry', () => {
  it('niceTicks picks round steps that cover the range', () => {
    expect(niceTicks(61_000, 119_000)).toEqual([60_000, 80_000, 100_000, 120_000]);
    const ticks = niceTicks(70_120, 84_600);
    expect(ticks[0]).toBeLessThanOrEqual(70_120);
    expect(ticks.at(-1)).toBeGreaterThanOrEqual(84_600);
  });

  it('needs at least two points', () => {
    expect(chartGeometry([], box)).toBeNull();
    expect(chartGeometry([{ t: 0, priceUsd: 1, costUsd: 1 }], box)).toBeNull();
  });

  it('maps time left to right and money bottom to top', () => {
    const g = chartGeometry(
      [
        { t: 0, priceUsd: 60_000, costUsd: 80_000 },
        { t: 10, priceUsd: 120_000, costUsd: 100_000 },
      ],
      box,
    )!;
    expect(g.x(0)).toBe(0);
    expect(g.x(10)).toBe(200);
    expect(g.y(g.yMin)).toBe(100);
    expect(g.y(g.yMax)).toBe(0);
    expect(g.pricePath).toBe('M0.0,100.0L200.0,0.0');
    expect(g.costPath.startsWith('M0.0,')).toBe(true);
  });

  it('breaks both lines across missing days and reports the hole to shade; daily points stay joined', () => {
    const day = 86_400_000;
    const points = [0, 1, 2, 92, 93].map((d) => ({ t: d * day, priceUsd: 70_000 + d, costUsd: 80_000 + d }));
    const g = chartGeometry(points, box)!;
    // Five points, two pieces: days 0–2, then 92–93 (a 90-day hole is not bridged).
    for (const path of [g.pricePath, g.costPath]) {
      expect(path.match(/M/g)).toHaveLength(2);
      expect(path.match(/L/g)).toHaveLength(3);
    }
    expect(g.gaps).toEqual([{ x0: g.x(2 * day), x1: g.x(92 * day) }]);
    const twoDays = chartGeometry(
      [0, GAP_MS].map((t) => ({ t, priceUsd: 1, costUsd: 2 })),
      box,
    )!;
    expect(twoDays.gaps).toEqual([]);
    expect(twoDays.pricePath.match(/M/g)).toHaveLength(1);
  });

  it('widens the range for extra values (the gap marker)', () => {
    const points = [
      { t: 0, priceUsd: 70_000, costUsd: 80_000 },
      { t: 1, priceUsd: 71_000, costUsd: 81_000 },
    ];
    expect(chartGeometry(points, box, [150_000])!.yMax).toBeGreaterThanOrEqual(150_000);
  });
});

describe('bandPath', () => {
  it('closes an area from the low edge forwards and the high edge back, clamped to the y range', () => {
    const g = { x: (t: number) => t, y: (usd: number) => 100 - usd, yMin: 0, yMax: 100 };
    const d = bandPath(
      [
        { t: 0, lowUsd: 10, highUsd: 50 },
        { t: 10, lowUsd: -5, highUsd: 150 },
      ],
      g,
    );
    expect(d).toBe('M0.0,90.0L10.0,100.0L10.0,0.0L0.0,50.0Z');
    expect(bandPath([{ t: 0, lowUsd: 1, highUsd: 2 }], g)).toBe('');
  });

  it('draws one closed area per run of days, none across a gap', () => {
    const g = { x: (t: number) => t / GAP_MS, y: (usd: number) => 100 - usd, yMin: 0, yMax: 100 };
    const days = [0, 1, 10, 11].map((n) => ({ t: n * GAP_MS, lowUsd: 10, highUsd: 50 }));
    expect(bandPath(days, g)).toBe(
      'M0.0,90.0L1.0,90.0L1.0,50.0L0.0,50.0ZM10.0,90.0L11.0,90.0L11.0,50.0L10.0,50.0Z',
    );
  });
});
