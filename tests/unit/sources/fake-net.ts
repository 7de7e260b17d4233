import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HttpDeps } from '../../../lib/sources/http';

// A fake network serving tests/fixtures/api by host + path (query dropped), like the lead's
// e2e fake server, with per-endpoint failure injection and request counts.

const FIXTURES = join(import.meta.dirname, '../../fixtures/api');
/** 2026-02-05T12:00:00Z: when the fixtures were "recorded". */
export const T0 = 1_770_292_800_000;

export interface Fault {
  status?: number;
  body?: string;
  headers?: Record<string, string>;
  /** Never answer (until aborted by the timeout). */
  hang?: boolean;
  /** Network-level failure (DNS, offline). */
  offline?: boolean;
}
type FaultRule = Fault | ((attempt: number) => Fault | undefined);

export const keyOf = (url: string) => {
  const u = new URL(url);
  return `${u.host}${u.pathname}`;
};

export function fixture(key: string): string {
  for (const ext of ['.json', '.txt']) {
    const file = join(FIXTURES, key + ext);
    if (existsSync(file)) return readFileSync(file, 'utf8');
  }
  throw new Error(`no fixture for ${key}`);
}
export const fixtureJson = (key: string): unknown => JSON.parse(fixture(key));

export function createFakeNet(start = T0) {
  let now = start;
  const counts = new Map<string, number>();
  const faults = new Map<string, FaultRule>();
  const sleeps: number[] = [];
  const bodies = new Map<string, string>();

  async function fetch(url: string, init?: RequestInit): Promise<Response> {
    const key = keyOf(url);
    const attempt = (counts.get(key) ?? 0) + 1;
    counts.set(key, attempt);
    const rule = faults.get(key) ?? faults.get(new URL(url).host);
    const fault = typeof rule === 'function' ? rule(attempt) : rule;
    if (fault?.offline) throw new TypeError('Failed to fetch');
    if (fault?.hang) {
      return new Promise((_, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    }
    if (fault) return new Response(fault.body ?? '', { status: fault.status ?? 200, headers: fault.headers });
    return new Response(bodies.get(key) ?? fixture(key), { status: 200 });
  }

  const http: HttpDeps = {
    fetch,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
    now: () => now,
  };

  return {
    http,
    counts,
    sleeps,
    /** Requests so far to `key` (host + path). */
    count: (key: string) => counts.get(key) ?? 0,
    total: () => [...counts.values()].reduce((a, b) => a + b, 0),
    /** Injects a fault on an endpoint (host + path) or a whole host. */
    fail: (key: string, rule: FaultRule) => faults.set(key, rule),
    heal: (key?: string) => (key ? faults.delete(key) : faults.clear()),
    /** Serves another body on an endpoint (e.g. absurd numbers). */
    serve: (key: string, body: unknown) =>
      bodies.set(key, typeof body === 'string' ? body : JSON.stringify(body)),
    advance: (ms: number) => {
      now += ms;
    },
    now: () => now,
    resetCounts: () => counts.clear(),
  };
}
export type FakeNet = ReturnType<typeof createFakeNet>;

export const ALL_HOSTS = [
  'mempool.space',
  'api.coinbase.com',
  'api.kraken.com',
  'api.coingecko.com',
  'api.blockchain.info',
];
