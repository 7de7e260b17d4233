// Fetch with a timeout, retries with exponential backoff and jitter, and Retry-After on 429
// (docs/domain.md §6: the APIs are key-less but rate-limited). Parsing is the caller's job.

export interface HttpDeps {
  fetch: (url: string, init?: RequestInit) => Promise<Response>;
  /** Waits `ms`; injected so tests run without real delays. */
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  now: () => number;
  /** Overrides of the request defaults for every call (tests use short timeouts). */
  defaults?: RequestOptions;
}

export interface RequestOptions {
  timeoutMs?: number;
  /** Extra attempts after the first, for timeouts, network errors, 5xx and short 429s. */
  retries?: number;
  baseDelayMs?: number;
  /** A 429 asking to wait longer than this is not retried: the source cools down instead. */
  maxRetryAfterMs?: number;
}

const DEFAULTS: Required<RequestOptions> = {
  timeoutMs: 10_000,
  retries: 2,
  baseDelayMs: 500,
  maxRetryAfterMs: 5_000,
};

/** A failed request; `retryAfterMs` is set when the server asked us to wait (429). */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    message: string,
    readonly status?: number,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/** Retry-After as delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

async function fetchWithTimeout(deps: HttpDeps, url: string, timeoutMs: number): Promise<Response> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      // Reject first and abort with the same reason: in Chromium the aborted fetch otherwise wins the
      // race with a bare "signal is aborted without reason" (seen in tests/e2e/economics.spec.ts).
      const error = new HttpError(`timed out after ${timeoutMs} ms`);
      reject(error);
      controller.abort(error);
    }, timeoutMs);
  });
  try {
    return await Promise.race([deps.fetch(url, { signal: controller.signal, cache: 'no-store' }), timeout]);
  } catch (error) {
    throw error instanceof HttpError ? error : new HttpError(`network error: ${(error as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
}

/** Fetches `url` and returns its body text, retrying transient failures. Throws HttpError. */
export async function getText(deps: HttpDeps, url: string, options: RequestOptions = {}): Promise<string> {
  const opts = { ...DEFAULTS, ...deps.defaults, ...options };
  let lastError = new HttpError('not attempted');
  for (let attempt = 0; attempt <= opts.retries; attempt++) {
    let waitMs = opts.baseDelayMs * 2 ** attempt * (0.5 + deps.random());
    try {
      const response = await fetchWithTimeout(deps, url, opts.timeoutMs);
      if (response.ok) return await response.text();
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), deps.now());
      lastError = new HttpError(`HTTP ${response.status}`, response.status, retryAfterMs);
      if (response.status === 429) {
        if (retryAfterMs !== undefined && retryAfterMs > opts.maxRetryAfterMs) throw lastError;
        waitMs = Math.max(waitMs, retryAfterMs ?? 0);
      } else if (response.status < 500) {
        throw lastError; // 4xx other than 429 will not get better by asking again.
      }
    } catch (error) {
      if (error === lastError) throw error;
      lastError = error instanceof HttpError ? error : new HttpError(String(error));
    }
    if (attempt < opts.retries) await deps.sleep(waitMs);
  }
  throw lastError;
}

/** Fetches and JSON-parses `url`; malformed JSON is an HttpError (the caller falls back). */
export async function getJson(deps: HttpDeps, url: string, options?: RequestOptions): Promise<unknown> {
  const text = await getText(deps, url, options);
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(`malformed JSON from ${new URL(url).pathname}`);
  }
}
