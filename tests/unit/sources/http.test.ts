import { describe, expect, it } from 'vitest';
import { getJson, getText, HttpError, parseRetryAfter } from '../../../lib/sources/http';
import { createFakeNet, T0 } from './fake-net';

const PRICES = 'https://mempool.space/api/v1/prices';
const KEY = 'mempool.space/api/v1/prices';

describe('http: timeouts, retries, backoff, Retry-After', () => {
  it('retries a 500 with exponential backoff and jitter, then succeeds', async () => {
    const net = createFakeNet();
    net.fail(KEY, (attempt) => (attempt <= 2 ? { status: 500 } : undefined));
    const data = await getJson(net.http, PRICES);
    expect(data).toMatchObject({ USD: 70123 });
    expect(net.count(KEY)).toBe(3);
    // base 500 ms × 2^attempt × (0.5 + random=0.5)
    expect(net.sleeps).toEqual([500, 1000]);
  });

  it('gives up after the retries with the last status', async () => {
    const net = createFakeNet();
    net.fail(KEY, { status: 503 });
    await expect(getText(net.http, PRICES)).rejects.toMatchObject({ name: 'HttpError', status: 503 });
    expect(net.count(KEY)).toBe(3);
  });

  it('jitter spreads the delays', async () => {
    const net = createFakeNet();
    net.fail(KEY, { status: 500 });
    const randoms = [0, 0.99];
    const http = { ...net.http, random: () => randoms.shift() ?? 0 };
    await expect(getText(http, PRICES, { retries: 2 })).rejects.toThrow();
    expect(net.sleeps).toEqual([250, 1490]);
  });

  it('honours a short Retry-After on 429', async () => {
    const net = createFakeNet();
    net.fail(KEY, (attempt) =>
      attempt === 1 ? { status: 429, headers: { 'Retry-After': '3' } } : undefined,
    );
    await expect(getJson(net.http, PRICES)).resolves.toBeTruthy();
    expect(net.sleeps).toEqual([3000]);
  });

  it('does not retry a long Retry-After: the error carries it for the cool-down', async () => {
    const net = createFakeNet();
    net.fail(KEY, { status: 429, headers: { 'Retry-After': '120' } });
    await expect(getText(net.http, PRICES)).rejects.toMatchObject({ status: 429, retryAfterMs: 120_000 });
    expect(net.count(KEY)).toBe(1);
    expect(net.sleeps).toEqual([]);
  });

  it('reads Retry-After as an HTTP date', () => {
    expect(parseRetryAfter(new Date(T0 + 90_000).toUTCString(), T0)).toBe(90_000);
    expect(parseRetryAfter('soon', T0)).toBeUndefined();
  });

  it('times out a request that never answers', async () => {
    const net = createFakeNet();
    net.fail(KEY, { hang: true });
    const error = await getText(net.http, PRICES, { timeoutMs: 20, retries: 1 }).catch((e) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error.message).toMatch(/timed out after 20 ms/);
    expect(net.count(KEY)).toBe(2);
  });

  it('does not retry other 4xx', async () => {
    const net = createFakeNet();
    net.fail(KEY, { status: 404 });
    await expect(getText(net.http, PRICES)).rejects.toMatchObject({ status: 404 });
    expect(net.count(KEY)).toBe(1);
  });

  it('turns malformed JSON into an error', async () => {
    const net = createFakeNet();
    net.fail(KEY, { status: 200, body: '{"time":17702' });
    await expect(getJson(net.http, PRICES)).rejects.toThrow(/malformed JSON/);
  });

  it('retries network errors', async () => {
    const net = createFakeNet();
    net.fail(KEY, (attempt) => (attempt === 1 ? { offline: true } : undefined));
    await expect(getJson(net.http, PRICES)).resolves.toBeTruthy();
  });
});
