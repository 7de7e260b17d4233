import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.realtid.se/bank-fintech/foretag-pumpar-upp-aktiekurser-med-bitcoin/',
    lang: 'sv',
    tags: ['prose', 'format'],
    title: 'Företag pumpar upp aktiekurser med bitcoin',
    blocks: [
      'Bitcoin nosar på sin högsta notering någonsin, vilket innebär att en bitcoin är värd över 1,1 miljoner kronor.',
      'Enligt rådgivningsfirman Architect Partners har 154 börsnoterade bolag hittills i år avsatt eller tagit in sammanlagt nästan 100 miljarder dollar för kryptoinvesteringar.',
      'Det kan jämföras med drygt 33 miljarder dollar totalt under alla tidigare år, från bara tio företag.',
    ],
    expect: [
      p('1,1 miljoner kronor', 1.1e6, 'SEK'),
      o('100 miljarder dollar', 1e11),
      o('33 miljarder dollar', 3.3e10),
    ],
  },
  {
    url: 'https://www.realtid.se/bors-finans/bank-fintech/100-miljarder-dollar-bitcoin-faller-som-ett-korthus',
    lang: 'sv',
    tags: ['prose', 'change'],
    title: '100 miljarder dollar: bitcoin faller som ett korthus',
    blocks: [
      '100 miljarder dollar: bitcoin faller som ett korthus',
      'Resultatet: Ras på omkring 3 procent, eller 100 miljarder dollar i förlorade värden, bara på måndagsmorgonen.',
      'Enligt CoinGecko har omkring 100 miljarder dollar i marknadsvärde raderats från kryptomarknaden det senaste dygnet.',
    ],
    expect: [
      o('100 miljarder dollar', 1e11),
      o('100 miljarder dollar', 1e11),
      o('100 miljarder dollar', 1e11),
    ],
  },
];
