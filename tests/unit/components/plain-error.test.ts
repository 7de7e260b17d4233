import { describe, expect, it } from 'vitest';
import { plainError } from '@/components/plain-error';

describe('plainError', () => {
  it('says what the messages of lib/sources/http.ts mean, keeping the code', () => {
    expect(plainError('HTTP 503')).toBe('the service is unavailable for now (HTTP 503)');
    expect(plainError('HTTP 429')).toBe('asked to slow down: too many requests (HTTP 429)');
    expect(plainError('HTTP 404')).toBe('the address was not found (HTTP 404)');
    expect(plainError('HTTP 403')).toBe('the request was refused (HTTP 403)');
    expect(plainError('timed out after 10000 ms')).toBe('no answer in time');
    expect(plainError('network error: Failed to fetch')).toBe('could not be reached (no connection?)');
    expect(plainError('malformed JSON from /api/v1/prices')).toBe(
      'answered with data that did not make sense (malformed JSON from /api/v1/prices)',
    );
    expect(plainError('skipped: cooling down until 2026-02-05T12:00:00.000Z')).toBe(
      'resting after recent failures',
    );
    expect(plainError('something new')).toBe('something new');
  });
});
