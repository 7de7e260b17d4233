import { o, p, type RealCase } from '../labels';

// Translated-style market note: Bitcoin is "the main digital coin" / "the first cryptocurrency" in the
// price sentences, and every amount has a space after the sign ("$ 43,000"). Caps and losses are other.
export const cases: RealCase[] = [
  {
    url: 'https://moneygrows.net/2021/09/the-collapse-of-bitcoin-provoked.html',
    lang: 'en',
    tags: ['prose', 'anaphora', 'format'],
    title: 'The collapse of bitcoin provoked',
    blocks: [
      'On Tuesday evening the main digital coin’s exchange rate dropped sharply by 18%, going below the $ 43,000 mark for the first time since the middle of last month. The capitalization of the crypto market shrank by $ 300 billion, ending up at less than $ 2 trillion.',
      'At the time of writing, the first cryptocurrency is trading near the mark of $ 46,400. The leading altcoins sank by more than 20% at the same time.',
      'After the steep fall in quotes and the liquidation of positions, traders on the virtual asset market reported losses of more than $ 3.5 billion.',
      '- The law recognising Bitcoin as legal tender in El Salvador came into force. On this news the main digital coin first rose, but later it could not hold the level of $ 52,000.',
    ],
    expect: [
      p('$ 43,000', 43000),
      o('$ 300 billion', 300e9),
      o('$ 2 trillion', 2e12),
      p('$ 46,400', 46400),
      o('$ 3.5 billion', 3.5e9),
      p('$ 52,000', 52000),
    ],
  },
];
