import fc from 'fast-check';
import { fixture } from '../sources/fake-net';

// Random mutations of a recorded API response ("bad data"): structural edits at a path
// (drop a key, change a value's type, numbers ↔ strings, NaN/Infinity/negative/huge/unit-slip
// numbers, nesting), then an optional edit of the text (truncation, empty body, HTML, wrapping).

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = Array<string | number>;

/** Tokens JSON.stringify cannot write: `1e400` parses as Infinity, `NaN` makes the body malformed. */
const RAW = { inf: '1e400', negInf: '-1e400', nan: 'NaN', bigInt: '9007199254740993' } as const;
const raw = (token: keyof typeof RAW): Json => `@@raw:${token}@@`;
const unraw = (text: string) =>
  text.replace(/"@@raw:(\w+)@@"/g, (_, token: keyof typeof RAW) => RAW[token] ?? 'null');

const numeric = (v: Json): number | null =>
  typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' && !Number.isNaN(+v) ? +v : null;
const sameKind = (v: Json, n: number): Json => (typeof v === 'string' ? String(n) : n);

export const VALUE_OPS: Record<string, (v: Json) => Json | undefined> = {
  drop: () => undefined,
  null: () => null,
  retype: (v) => (typeof v === 'number' ? String(v) : (numeric(v) ?? 42)),
  negate: (v) => sameKind(v, -(numeric(v) ?? 1)),
  zero: (v) => sameKind(v, 0),
  huge: (v) => sameKind(v, 1e30),
  tiny: (v) => sameKind(v, 1e-30),
  times1000: (v) => sameKind(v, (numeric(v) ?? 1) * 1000),
  div1000: (v) => sameKind(v, (numeric(v) ?? 1) / 1000),
  infinity: (v) => (typeof v === 'string' ? `1${'0'.repeat(400)}` : raw('inf')),
  negInfinity: () => raw('negInf'),
  nan: () => raw('nan'),
  unsafeInt: () => raw('bigInt'),
  wrap: (v) => [v],
  object: (v) => ({ value: v }),
  emptyString: () => '',
  bool: () => true,
  emptyArray: () => [],
};

export const TEXT_OPS: Record<string, (text: string, at: number) => string> = {
  none: (t) => t,
  truncate: (t, at) => t.slice(0, Math.floor(t.length * at)),
  empty: () => '',
  html: () => '<!doctype html><html><body><h1>502 Bad Gateway</h1></body></html>',
  nest: (t) => `[${t}]`,
  garbage: (t) => `${t}}}`,
};

/** Paths worth mutating: the root, every key, and array items 0, 1 and last (the newest day). */
function paths(value: Json, prefix: Path = []): Path[] {
  const out: Path[] = [prefix];
  if (Array.isArray(value)) {
    const picks = new Set([0, 1, value.length - 1].filter((i) => i >= 0 && i < value.length));
    for (const i of picks) out.push(...paths(value[i] as Json, [...prefix, i]));
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) out.push(...paths(child, [...prefix, key]));
  }
  return out;
}

function edit(root: Json, path: Path, op: (v: Json) => Json | undefined): Json | undefined {
  if (path.length === 0) return op(root);
  const [head, ...rest] = path;
  const copy = (Array.isArray(root) ? [...root] : { ...(root as object) }) as Record<string | number, Json>;
  const next = edit(copy[head as string] as Json, rest, op);
  if (next !== undefined) copy[head as string] = next;
  else if (Array.isArray(copy)) copy.splice(head as number, 1);
  else delete copy[head as string];
  return copy as Json;
}

export interface Mutation {
  edits: Array<{ pick: number; op: string }>;
  text: string;
  at: number;
}

/** Uniform in [0, 1): fc.double would mostly pick the root (it favours tiny values). */
const fraction = fc.noBias(fc.nat({ max: 9_999 })).map((n) => n / 10_000);

export const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  edits: fc.array(
    fc.record({
      pick: fraction,
      op: fc.constantFrom(...Object.keys(VALUE_OPS)),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  text: fc.oneof({ weight: 6, arbitrary: fc.constant('none') }, fc.constantFrom(...Object.keys(TEXT_OPS))),
  at: fraction,
});

/** JSON `text` with mutation `m` applied. */
export function mutateText(text: string, m: Mutation): string {
  let value: Json | undefined = JSON.parse(text) as Json;
  for (const { pick, op } of m.edits) {
    if (value === undefined) break;
    const all = paths(value);
    value = edit(value, all[Math.floor(pick * all.length)]!, VALUE_OPS[op]!);
  }
  const out = value === undefined ? '' : unraw(JSON.stringify(value));
  return TEXT_OPS[m.text]!(out, m.at);
}

/** The fixture `key` (host + path) with mutation `m` applied: the body fake-net will serve. */
export const mutatedBody = (key: string, m: Mutation): string => mutateText(fixture(key), m);
