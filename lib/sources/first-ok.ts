import type { CooldownBook } from './cooldown';
import { type HttpDeps, HttpError } from './http';

// Tries sources in order. Each that fails is logged and counted towards its cool-down;
// a cooling source is skipped without a request, unless the user asked (`force`, gap F).

export interface SourceContext {
  http: HttpDeps;
  book: CooldownBook;
  /** An explicit user refresh: try each source once even through its cool-down. */
  force?: boolean;
}
export interface SourceError {
  source: string;
  message: string;
  at: number;
}
export interface Outcome<T> {
  value: T | null;
  errors: SourceError[];
}
/** Reports a problem with part of an otherwise usable answer (e.g. a dropped currency). */
export type Warn = (message: string) => void;
export interface Candidate<T> {
  source: string;
  run: (warn: Warn) => Promise<T>;
}

/** Tries each candidate in order; the first success wins. Never throws. */
export async function firstOk<T>(ctx: SourceContext, candidates: Candidate<T>[]): Promise<Outcome<T>> {
  const errors: SourceError[] = [];
  for (const { source, run } of candidates) {
    const now = ctx.http.now();
    const until = ctx.force ? 0 : ctx.book.coolingUntil(source, now);
    if (until) {
      errors.push({
        source,
        message: `skipped: cooling down until ${new Date(until).toISOString()}`,
        at: now,
      });
      continue;
    }
    const warnings: SourceError[] = [];
    try {
      const value = await run((message) => warnings.push({ source, message, at: ctx.http.now() }));
      ctx.book.success(source);
      return { value, errors: [...errors, ...warnings] };
    } catch (error) {
      const retryAfterMs = error instanceof HttpError ? error.retryAfterMs : undefined;
      ctx.book.failure(source, ctx.http.now(), retryAfterMs);
      errors.push({ source, message: (error as Error).message, at: ctx.http.now() }, ...warnings);
    }
  }
  return { value: null, errors };
}
