import { describe, expect, it } from 'vitest';
import { scanKeywords } from '../../../lib/detect/keywords';
import { lowerSameLength } from '../../../lib/detect/text';
import { C_SENTENCE } from '../../../lib/detect/types';

/** The text before each sentence end the keyword pass finds. */
function sentenceEnds(text: string): string[] {
  const events = scanKeywords(text, lowerSameLength(text));
  const out: string[] = [];
  for (let e = 0; e < events.n; e++) if (events.cat[e] === C_SENTENCE) out.push(text.slice(0, events.end[e]));
  return out;
}

describe('sentence ends', () => {
  it('ends a sentence at a full stop before a capital or a number', () => {
    expect(sentenceEnds('Bitcoin fell. Ether rose.')).toEqual(['Bitcoin fell.', 'Bitcoin fell. Ether rose.']);
    expect(sentenceEnds('It hit a high. 2024 was calmer')).toEqual(['It hit a high.']);
  });

  // Modelled on de.paperblog.com (tests/unit/detect/real/dev): "beim aktuellen Kurs von ca. 180 Euro pro
  // Bitcoin" lost its price cue to a sentence end at "ca.".
  it('does not end one at an abbreviation before an amount', () => {
    expect(sentenceEnds('Kurs von ca. 180 Euro pro Bitcoin.')).toEqual([
      'Kurs von ca. 180 Euro pro Bitcoin.',
    ]);
    expect(sentenceEnds('BTC at approx. $5 then. Nr. 2 follows')).toEqual(['BTC at approx. $5 then.']);
    expect(sentenceEnds('Cena wynosi ok. 300 tys. zł')).toEqual([]);
    // The same short words end sentences before anything else.
    expect(sentenceEnds('Bitcoin? The answer was no. Ether too')).toEqual([
      'Bitcoin?',
      'Bitcoin? The answer was no.',
    ]);
  });
});
