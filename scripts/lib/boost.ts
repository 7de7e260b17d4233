// Gradient-boosted trees for three classes over 0/1 features (Friedman's multiclass boosting).
// Used by scripts/train-detector.ts; the product only evaluates the trees (lib/detect/model.ts).

export interface Tree {
  /** Internal nodes in heap order (children of i at 2i+1, 2i+2): a feature index, or -1 for "no split". */
  feature: number[];
  /** Leaf values, heap order after the internal nodes. */
  leaf: number[];
}

export interface Boosted {
  depth: number;
  /** trees[round * 3 + class] */
  trees: Tree[];
}

export interface Sample {
  x: Float64Array;
  y: number;
}

export function evalTree(t: Tree, depth: number, x: Float64Array): number {
  let i = 0;
  for (let d = 0; d < depth; d++) {
    const f = t.feature[i]!;
    i = 2 * i + (f >= 0 && x[f]! > 0.5 ? 2 : 1);
  }
  return t.leaf[i - ((1 << depth) - 1)]!;
}

export function scores(m: Boosted, x: Float64Array, out: number[]): void {
  out[0] = out[1] = out[2] = 0;
  for (let t = 0; t < m.trees.length; t++) out[t % 3]! += evalTree(m.trees[t]!, m.depth, x);
}

function fitTree(
  rows: Sample[],
  g: Float64Array,
  h: Float64Array,
  nf: number,
  depth: number,
  minLeaf: number,
  lambda: number,
): Tree {
  const internal = (1 << depth) - 1;
  const feature = new Array<number>(internal).fill(-1);
  const leaf = new Array<number>(1 << depth).fill(0);
  const grow = (idx: number[], node: number, d: number) => {
    if (d === depth) {
      let sg = 0;
      let sh = 0;
      for (const i of idx) {
        sg += g[i]!;
        sh += h[i]!;
      }
      leaf[node - internal] = sg / (sh + lambda);
      return;
    }
    let sgAll = 0;
    let shAll = 0;
    for (const i of idx) {
      sgAll += g[i]!;
      shAll += h[i]!;
    }
    const base = (sgAll * sgAll) / (shAll + lambda);
    let best = -1;
    let bestGain = 1e-6;
    for (let f = 0; f < nf; f++) {
      let sg = 0;
      let sh = 0;
      let n = 0;
      for (const i of idx) {
        if (rows[i]!.x[f]! > 0.5) {
          sg += g[i]!;
          sh += h[i]!;
          n++;
        }
      }
      if (n < minLeaf || idx.length - n < minLeaf) continue;
      const gain = (sg * sg) / (sh + lambda) + ((sgAll - sg) * (sgAll - sg)) / (shAll - sh + lambda) - base;
      if (gain > bestGain) [best, bestGain] = [f, gain];
    }
    feature[node] = best;
    const left: number[] = [];
    const right: number[] = [];
    for (const i of idx) (best >= 0 && rows[i]!.x[best]! > 0.5 ? right : left).push(i);
    grow(left, 2 * node + 1, d + 1);
    grow(right, 2 * node + 2, d + 1);
  };
  grow(
    rows.map((_, i) => i),
    0,
    0,
  );
  return { feature, leaf };
}

export function boost(
  rows: Sample[],
  nf: number,
  rounds = 80,
  depth = 3,
  eta = 0.15,
  minLeaf = 8,
  lambda = 2,
): Boosted {
  const m: Boosted = { depth, trees: [] };
  const F = rows.map(() => [0, 0, 0]);
  const g = new Float64Array(rows.length);
  const h = new Float64Array(rows.length);
  for (let r = 0; r < rounds; r++) {
    const P = F.map((f) => {
      const mx = Math.max(...f);
      const e = f.map((z) => Math.exp(z - mx));
      const s = e[0]! + e[1]! + e[2]!;
      return e.map((v) => v / s);
    });
    for (let k = 0; k < 3; k++) {
      rows.forEach((row, i) => {
        const p = P[i]![k]!;
        g[i] = (row.y === k ? 1 : 0) - p;
        h[i] = Math.max(p * (1 - p), 1e-6);
      });
      const t = fitTree(rows, g, h, nf, depth, minLeaf, lambda);
      // "+ 0" turns -0 into 0, as the generated file writes it.
      t.leaf = t.leaf.map((v) => Math.round(v * eta * 1000) / 1000 + 0);
      m.trees.push(t);
      rows.forEach((row, i) => {
        F[i]![k]! += evalTree(t, depth, row.x);
      });
    }
  }
  return m;
}

/**
 * A tree as numbers: its questions, then its leaves in thousandths (training rounds them to
 * that already), before lib/detect/tree-code.ts writes them down.
 */
export const treeRow = (t: Tree): number[] => [...t.feature, ...t.leaf.map((v) => Math.round(v * 1000))];

/**
 * The average of `bags` models, each fitted without one slice of the sites (slices by a hash of the
 * site), written as one model: every tree's leaves divided by `bags`. Averaging steadies what small
 * changes to the corpus do to the trees (docs/detector-passes.md, "eleventh pass").
 */
export function bagged<S extends Sample & { site: string }>(
  rows: S[],
  bags: number,
  fitOne: (rows: S[]) => Boosted,
): Boosted {
  if (bags <= 1) return fitOne(rows);
  const slice = (site: string) => {
    let h = 7;
    for (const ch of site) h = (Math.imul(h, 33) + ch.charCodeAt(0)) | 0;
    return Math.abs(h) % bags;
  };
  const trees: Tree[] = [];
  let depth = 0;
  for (let b = 0; b < bags; b++) {
    const m = fitOne(rows.filter((r) => slice(r.site) !== b));
    depth = m.depth;
    for (const t of m.trees)
      trees.push({ ...t, leaf: t.leaf.map((v) => Math.round((v / bags) * 1000) / 1000 + 0) });
  }
  return { depth, trees };
}
