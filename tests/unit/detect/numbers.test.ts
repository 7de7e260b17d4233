import { describe, expect, it } from 'vitest';
import { localeMark, scanNumber } from '../../../lib/detect/numbers';
import { markHint, parseNumber } from './whole-number';

const read = (s: string, mark: '.' | ',' = '.') => parseNumber(s.slice(0, scanNumber(s, 0)), mark).value;

describe('number shapes', () => {
  it.each([
    ['70,000', '.', 70000],
    ['70.000', ',', 70000],
    ['70.000', '.', 70],
    ['70 000', '.', 70000],
    ['70\u202f000,5', ',', 70000.5],
    ["70'000", '.', 70000],
    ['70’000.25', '.', 70000.25],
    ['6,96,136.31', '.', 696136.31],
    ['57,40,000', '.', 5740000],
    ['70,123.45', '.', 70123.45],
    ['70.123,45', '.', 70123.45],
    ['1.234.567,89', '.', 1234567.89],
    ['70123.4', ',', 70123.4],
    ['69.8', ',', 69.8],
    ['0.00145', ',', 0.00145],
    ['10,234,567', ',', 10234567],
    // Threes, then two digits: the last mark was meant as a decimal point (es-economiavirtual-com-py.ts).
    ['2.967.48', ',', 2967.48],
    ['19,783,21', '.', 19783.21],
  ] as const)('%s under %s is %d', (s, mark, want) => {
    expect(read(s, mark)).toBeCloseTo(want, 6);
  });

  it('reads ", " as a thousands group after one or two digits (machine-translated pages)', () => {
    // hi-icotokenfund-com.ts in the dev split: "($ 1, 983)", "8, 500 डॉलर"; under either mark.
    expect(read('1, 983)', '.')).toBe(1983);
    expect(read('8, 500 डॉलर', ',')).toBe(8500);
    expect(read('9, 483.50 today', '.')).toBeCloseTo(9483.5, 6);
    // Lists stay lists: a longer head, a run that goes on, a group after other groups.
    const scanned = (s: string) => s.slice(0, scanNumber(s, 0));
    expect(scanned('100, 150 and 200 dollars')).toBe('100');
    expect(scanned('1, 200, 300')).toBe('1');
    expect(scanned('1, 2000')).toBe('1');
    expect(scanned('8,000,000, 000 EUR')).toBe('8,000,000');
  });

  it('stops at spaces that do not group thousands', () => {
    expect('2024 700 dollars'.slice(0, scanNumber('2024 700 dollars', 0))).toBe('2024');
    expect('70 12'.slice(0, scanNumber('70 12', 0))).toBe('70');
  });

  it('reports the other reading of an ambiguous separator', () => {
    expect(parseNumber('70.000', '.')).toEqual({ value: 70, alt: 70000 });
    expect(parseNumber('70,000', '.').alt).toBe(70);
    expect(Number.isNaN(parseNumber('70,000.5', '.').alt)).toBe(true);
  });

  it('learns the decimal mark from unambiguous shapes', () => {
    expect(markHint('2,5')).toBe(',');
    expect(markHint('1,234,567')).toBe('.');
    expect(markHint('1.234,5')).toBe(',');
    expect(markHint('70.000')).toBeNull();
    expect(markHint('12.05.2024')).toBeNull();
  });

  it('maps locales to decimal marks', () => {
    expect(localeMark('de')).toBe(',');
    expect(localeMark('pt-BR')).toBe(',');
    expect(localeMark('es-MX')).toBe('.');
    expect(localeMark('en-US')).toBe('.');
    expect(localeMark(undefined)).toBeNull();
  });
});
