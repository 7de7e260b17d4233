// Reading numbers by index inside a longer text (the detector's hot path) must agree with reading
// the same number as its own string, for every shape scanNumber accepts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markHintAt, parseAt, parsedAlt, scanNumber } from '../../../lib/detect/numbers';
import { markHint, parseNumber } from './whole-number';

const same = (a: number, b: number) => (Number.isNaN(a) ? Number.isNaN(b) : a === b);

describe('numbers read by index', () => {
  it('agree with whole-string reading and mark hints', () => {
    const piece = fc.constantFrom(
      '0',
      '1',
      '12',
      '123',
      '7',
      '70',
      '000',
      '5',
      ',',
      '.',
      ' ',
      '\u00a0',
      "'",
      '’',
    );
    fc.assert(
      fc.property(
        fc.string({ maxLength: 3 }),
        fc.array(piece, { minLength: 1, maxLength: 14 }),
        fc.string({ maxLength: 3 }),
        fc.constantFrom('.' as const, ',' as const),
        (before, parts, after, mark) => {
          const text = `${before}9${parts.join('')}${after}`;
          const from = before.length;
          const to = scanNumber(text, from);
          const raw = text.slice(from, to);
          const whole = parseNumber(raw, mark);
          const value = parseAt(text, from, to, mark);
          expect(same(value, whole.value), raw).toBe(true);
          expect(same(parsedAlt, whole.alt), raw).toBe(true);
          expect(markHintAt(text, from, to)).toBe(markHint(raw));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
