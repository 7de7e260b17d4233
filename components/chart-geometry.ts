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

/** More time than this between two points is missing data: the lines break there (not bridged). */
export const GAP_MS = 2 * 86_400_000;

export interface ChartGeometry {
  pricePath: string;
  costPath: string;
  /** Stretches with no data (longer than GAP_MS), as x ranges to shade. */
  gaps: Array<{ x0: number; x1: number }>;
  /** Indexes of the points that start a new piece of line (after a gap). */
  breaks: ReadonlySet<number>;
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

const line = (points: Array<[number, number]>, breaks: ReadonlySet<number> = new Set()) =>
  points.map(([x, y], i) => `${i && !breaks.has(i) ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`).join('');

/** An SVG path through `xy` points (already scaled); one piece per run of points. */
export const pathOf = (xy: Array<[number, number]>, breaks?: ReadonlySet<number>): string => line(xy, breaks);

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
  // A point after a gap starts a new piece of line: a straight bridge would draw data that is not there.
  const breaks = new Set<number>();
  const gaps: ChartGeometry['gaps'] = [];
  for (let i = 1; i < points.length; i += 1) {
    if (points[i]!.t - points[i - 1]!.t <= GAP_MS) continue;
    breaks.add(i);
    gaps.push({ x0: x(points[i - 1]!.t), x1: x(points[i]!.t) });
  }
  return {
    pricePath: line(
      points.map((p) => [x(p.t), y(p.priceUsd)]),
      breaks,
    ),
    costPath: line(
      points.map((p) => [x(p.t), y(p.costUsd)]),
      breaks,
    ),
    gaps,
    breaks,
    x,
    y,
    yMin,
    yMax,
    ticks,
  };
}

/**
 * Closed areas from the low edge forwards and the high edge back, one per run of days without a gap
 * (GAP_MS), clamped to the chart's y range (the band shows where miners break even; it does not
 * stretch the scale); '' with fewer than 2 points.
 */
export function bandPath(
  band: readonly BandPoint[],
  g: Pick<ChartGeometry, 'x' | 'y' | 'yMin' | 'yMax'>,
): string {
  const clamp = (usd: number) => Math.min(g.yMax, Math.max(g.yMin, usd));
  const area = (run: readonly BandPoint[]) => {
    if (run.length < 2) return '';
    const low = run.map((b) => [g.x(b.t), g.y(clamp(b.lowUsd))] as [number, number]);
    const high = [...run].reverse().map((b) => [g.x(b.t), g.y(clamp(b.highUsd))] as [number, number]);
    return `${line([...low, ...high])}Z`;
  };
  let path = '';
  let start = 0;
  for (let i = 1; i <= band.length; i += 1) {
    if (i < band.length && band[i]!.t - band[i - 1]!.t <= GAP_MS) continue;
    path += area(band.slice(start, i));
    start = i;
  }
  return path;
}
