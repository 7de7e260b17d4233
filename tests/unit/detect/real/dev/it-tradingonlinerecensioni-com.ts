import { p, type RealCase } from '../labels';

// Italian blog on Musk adding "Bitcoin" to his Twitter bio: a starting level in "dollari", then two in "USD".
export const cases: RealCase[] = [
  {
    url: 'https://www.tradingonlinerecensioni.com/elon-musk-inserisce-bitcoin-nella-biografia-di-twitter-il-cui-seguito-e-di-437-milioni-di-follower/',
    lang: 'it',
    tags: ['prose', 'anaphora'],
    blocks: [
      'Il 29 gennaio Elon Musk ha modificato la sua biografia di Twitter inserendo la parola ‘Bitcoin’, e il prezzo spot del Bitcoin (BTC) è salito quasi subito del 13%.',
      'Alle 8:24 Bitcoin è decollato: nei 30 minuti successivi è cresciuto del 13,9%, partendo da una base di 32.194 dollari. Alle 9:04 la valuta valeva 36.670 USD secondo CoinMarketCap, e poco dopo ha toccato i 37.420 USD.',
    ],
    expect: [p('32.194 dollari', 32194), p('36.670 USD', 36670), p('37.420 USD', 37420)],
  },
];
