import { describe, expect, it } from 'vitest';
import { plainError } from '@/components/plain-error';
import { en } from '../words';

describe('plainError', () => {
  it('says what the messages of lib/sources/http.ts mean, keeping the code', () => {
    expect(plainError('HTTP 503', en)).toBe('the service is unavailable for now (HTTP 503)');
    expect(plainError('HTTP 429', en)).toBe('asked to slow down: too many requests (HTTP 429)');
    expect(plainError('HTTP 404', en)).toBe('the address was not found (HTTP 404)');
    expect(plainError('HTTP 403', en)).toBe('the request was refused (HTTP 403)');
    expect(plainError('timed out after 10000 ms', en)).toBe('no answer in time');
    expect(plainError('network error: Failed to fetch', en)).toBe('could not be reached (no connection?)');
    expect(plainError('malformed JSON from /api/v1/prices', en)).toBe(
      'answered with data that did not make sense (malformed JSON from /api/v1/prices)',
    );
    expect(plainError('skipped: cooling down until 2026-02-05T12:00:00.000Z', en)).toBe(
      'resting after recent failures',
    );
    expect(plainError('something new', en)).toBe('something new');
  });
});
