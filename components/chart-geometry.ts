// Pure geometry for the hand-written SVG cost chart (no chart library: keeps the popup lean).

export interface ChartPoint {
  t: number;
  priceUsd: number;
  costUsd: number;
}

export interface ChartBox {
  width: number;
  height: number;
  /** Inner padding: left for y labels, bottom for x labels. */
  pad: { top: number; right: number; bottom: number; left: number };
}

/** Miners' break-even range on one day: efficient and high-cost miners' costs. */
export interface BandPoint {
  t: number;
  lowUsd: number;
  highUsd: number;
}

export interface ChartGeometry {
  pricePath: string;
  costPath: string;
  x: (t: number) => number;
  y: (usd: number) => number;
  yMin: number;
  yMax: number;
  ticks: number[];
}

/** Round-number y ticks (about four) covering [min, max]. */
export function niceTicks(min: number, max: number, count = 4): number[] {
  const raw = (max - min) / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw || 1));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let v = Math.floor(min / step) * step; v <= max + step / 2; v += step) ticks.push(v);
  return ticks;
}

const line = (points: Array<[number, number]>) =>
  points.map(([x, y], i) => `${i ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`).join('');

/**
 * Scales and SVG paths for price and cost over time; null when fewer than two points.
 * `extraValues` widen the y range (e.g. a marker that is not on either line).
 */
export function chartGeometry(
  points: readonly ChartPoint[],
  box: ChartBox,
  extraValues: readonly number[] = [],
): ChartGeometry | null {
  if (points.length < 2) return null;
  const t0 = points[0]!.t;
  const t1 = points[points.length - 1]!.t;
  const values = [...points.flatMap((p) => [p.priceUsd, p.costUsd]), ...extraValues];
  const ticks = niceTicks(Math.min(...values), Math.max(...values));
  const yMin = ticks[0]!;
  const yMax = ticks[ticks.length - 1]!;
  const { width, height, pad } = box;
  const x = (t: number) => pad.left + ((t - t0) / (t1 - t0 || 1)) * (width - pad.left - pad.right);
  const y = (usd: number) =>
    pad.top + (1 - (usd - yMin) / (yMax - yMin || 1)) * (height - pad.top - pad.bottom);
  return {
    pricePath: line(points.map((p) => [x(p.t), y(p.priceUsd)])),
    costPath: line(points.map((p) => [x(p.t), y(p.costUsd)])),
    x,
    y,
    yMin,
    yMax,
    ticks,
  };
}

/**
 * A closed area from the low edge forwards and the high edge back, clamped to the chart's y range
 * (the band shows where miners break even; it does not stretch the scale); '' with fewer than 2 points.
 */
export function bandPath(
  band: readonly BandPoint[],
  g: Pick<ChartGeometry, 'x' | 'y' | 'yMin' | 'yMax'>,
): string {
  if (band.length < 2) return '';
  const clamp = (usd: number) => Math.min(g.yMax, Math.max(g.yMin, usd));
  const low = band.map((b) => [g.x(b.t), g.y(clamp(b.lowUsd))] as [number, number]);
  const high = [...band].reverse().map((b) => [g.x(b.t), g.y(clamp(b.highUsd))] as [number, number]);
  return `${line([...low, ...high])}Z`;
}
