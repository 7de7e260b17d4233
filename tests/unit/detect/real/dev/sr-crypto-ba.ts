import { o, type RealCase } from '../labels';

// Bosnian crypto forum thread (ijekavian, Latin). Only market capitalisations, written with the scale
// word and "američkih dolara", one of them in spaced brackets: both other.
export const cases: RealCase[] = [
  {
    url: 'https://crypto.ba/t/bitcoin-i-tesla-prestigli-facebook/4430',
    lang: 'sr',
    tags: ['forum', 'prose', 'format'],
    title: 'Bitcoin i Tesla prestigli Facebook',
    blocks: [
      'Bitcoin i Tesla prestigli Facebook',
      'Bitcoin i Tesla su danas prestigli Facebook kada se rangiraju po tržišnoj kapitalizaciji, prema metričkoj platformi Asset Dash.',
      'Trenutno je Bitcoin rangiran na 7. mjestu s tržišnom kapitalizacijom od nešto više od 756 milijardi američkih dolara, a prati ga Facebook ( sa 755 milijardi američkih dolara ).',
    ],
    expect: [o('756 milijardi američkih dolara', 7.56e11), o('755 milijardi američkih dolara', 7.55e11)],
  },
];
