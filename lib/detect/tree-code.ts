/**
 * How trees.ts writes the model: one printable character per question (feature index + 1; 0 asks
 * nothing) and two per leaf (its score in thousandths, offset by the smallest leaf, base 91). A string
 * is a third of the gzipped bytes of the same numbers as an array literal, and cheaper to parse on every
 * Bitcoin page (tests/e2e/bundle-budget.spec.ts).
 * @example
 * const { code, leafMin } = encodeTrees([[0, 4, -1, 2, 2, 2, 2, 12, -3, 0, 0, 5, 5, 1, 1]], 3);
 * decodeTrees(code, leafMin, 3); // [0, 4, -1, 2, 2, 2, 2, 0.012, -0.003, 0, 0, 0.005, 0.005, 0.001, 0.001]
 */

// Printable ASCII without the quote, the backslash and '$' ("${" reads as a template placeholder).
export const DIGITS =
  '!"#%&()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~';
const BASE = DIGITS.length;

/** Trees (questions then leaves in thousandths, `treeRow` of scripts/lib/boost.ts) as one string. */
export function encodeTrees(rows: number[][], depth: number): { code: string; leafMin: number } {
  const internal = (1 << depth) - 1;
  const leafMin = Math.min(...rows.flatMap((r) => r.slice(internal)));
  let code = '';
  for (const row of rows)
    row.forEach((v, i) => {
      const u = v - leafMin;
      code += i < internal ? DIGITS[v + 1] : DIGITS[Math.floor(u / BASE)]! + DIGITS[u % BASE];
    });
  return { code, leafMin };
}

/** The trees as one flat array: per tree its questions (feature index, -1 for none), then its leaves. */
export function decodeTrees(code: string, leafMin: number, depth: number): Float64Array {
  const internal = (1 << depth) - 1;
  const perTree = internal + 2 * (1 << depth);
  const stride = internal + (1 << depth);
  const out = new Float64Array((code.length / perTree) * stride);
  // A table by character code, not indexOf per character: every Bitcoin page decodes the trees once.
  const value = new Int8Array(128);
  for (let d = 0; d < BASE; d++) value[DIGITS.charCodeAt(d)] = d;
  const digit = (at: number) => value[code.charCodeAt(at)]!;
  for (let c = 0, o = 0; c < code.length; o++) {
    if (o % stride < internal) out[o] = digit(c++) - 1;
    else {
      out[o] = (digit(c) * BASE + digit(c + 1) + leafMin) / 1000;
      c += 2;
    }
  }
  return out;
}
