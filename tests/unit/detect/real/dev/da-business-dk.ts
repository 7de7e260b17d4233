import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.business.dk/investor/bitcoin-rammer-laveste-niveau-i-flere-maaneder?referrer=RSS',
    lang: 'da',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin rammer laveste niveau i flere måneder',
    blocks: [
      'Der skal således 6562 dollar til at købe en bitcoin onsdag morgen, hvilket ikke er set lavere siden februar.',
      'Værdien af den digitale valuta har generelt været faldende siden slutningen af sidste år, hvor bitcoin nåede sit hidtil højeste niveau og i december kostede 19.511 dollar stykket. Rekorden kom efter en stigning på mere end 1400 pct. i løbet af året.',
    ],
    expect: [p('6562 dollar', 6562), p('19.511 dollar', 19511)],
  },
];
