import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../../lib/economics/guards';
import { createCooldownBook } from '../../../lib/sources/cooldown';
import { HttpError } from '../../../lib/sources/http';
import { ENDPOINTS, servedMutation } from './endpoints';
import { mutatedBody, mutationArb } from './mutate';

// "Bad data": every recorded response, randomly mutated, through the real parser (which may
// only throw a typed DataError/HttpError) and the chain function around it (which never throws and
// never marks an implausible number valid: docs/domain.md §4 guards, values readable by their schemas).

describe('every API schema on mutated recorded responses', () => {
  for (const e of ENDPOINTS) {
    it(`${e.key}: typed errors only, never an implausible value marked good`, async () => {
      await fc.assert(
        fc.asyncProperty(mutationArb, async (m) => {
          const body = mutatedBody(e.key, m);
          const parsed = await e.parser(servedMutation(e, body).http).catch((error: unknown) => error);
          if (parsed instanceof Error) expect([DataError, HttpError]).toContain(parsed.constructor);
          const net = servedMutation(e, body);
          const outcome = await e.chain({ http: net.http, book: createCooldownBook() });
          if (outcome.value === null) expect(outcome.errors.length).toBeGreaterThan(0);
          else expect(e.problems(outcome.value as never).filter(Boolean)).toEqual([]);
        }),
        { numRuns: 100, seed: 7 },
      );
    });
  }
});

describe('bodies that are not data at all', () => {
  const BODIES = [
    '',
    '<!doctype html><p>Just a moment…</p>',
    'null',
    '[]',
    '{}',
    '"ok"',
    '{"error":"rate limited"}',
  ];
  for (const e of ENDPOINTS) {
    it(`${e.key}: each is a failure named "${e.source}" and counted towards its cool-down`, async () => {
      for (const body of BODIES) {
        const book = createCooldownBook();
        const outcome = await e.chain({ http: servedMutation(e, body).http, book });
        expect(outcome.value, body).toBeNull();
        const own = outcome.errors.find(
          (error) => error.source === e.source && !/skipped/.test(error.message),
        );
        expect(own?.message, body).toMatch(/shape|malformed|no USD|Kraken|tip height/);
        expect(book.state()[e.source]?.failures, body).toBe(1);
      }
    });
  }
});
