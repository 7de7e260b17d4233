import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://jpykr.com/?p=13066',
    lang: 'en',
    tags: ['prose', 'anaphora', 'format'],
    title: 'BTC’s Descent into the Abyss: A Tale of 70K and Tragic Liquidations',
    blocks: [
      'BTC’s Descent into the Abyss: A Tale of 70K and Tragic Liquidations 😂📉',
      'Oh, what a plight befell our dear old chum Bitcoin (BTC)! The digital asset has tumbled below the fabled $90,000 threshold, now floundering beneath $81,000 like a fish out of water at a garden party.',
      'CryptoOnchain, that self-styled oracle of on-chain data, proclaims this collapse heralds a new chapter of correction. They whisper of a $70,000-$73,000 support zone.',
      'Arkham’s spies report Owen Gunden, an early BTC pioneer, transferring $230 million to Kraken. This is but a snippet of a larger sell-off, with 11,000 BTC-worth $1.3 billion-dumped since October.',
      'While the breach of $90,000 is technically bearish, CryptoOnchain assures us a new trading range is forming between $70,000 and $90,000. The Point of Control (POC)-that mystical price level near $83,000-now acts as a magnet.',
      'The $70,000-$73,000 band is no mere number-it is a fortress.',
    ],
    expect: [
      p('70K', 70000),
      p('$90,000', 90000),
      p('$81,000', 81000),
      p('$70,000', 70000),
      p('$73,000', 73000),
      o('$230 million', 230e6),
      o('$1.3 billion', 1.3e9),
      p('$90,000', 90000),
      p('$70,000', 70000),
      p('$90,000', 90000),
      p('$83,000', 83000),
      p('$70,000', 70000),
      p('$73,000', 73000),
    ],
  },
];
