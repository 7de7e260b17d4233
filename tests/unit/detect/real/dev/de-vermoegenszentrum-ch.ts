import { o, type RealCase } from '../labels';

const url = 'https://www.vermoegenszentrum.ch/wissen/kryptowaehrungen-investieren-das-sollten-sie-beachten';
const title = 'In Kryptowährungen investieren: Das sollten Sie beachten';

export const cases: RealCase[] = [
  {
    url,
    lang: 'de-CH',
    tags: ['prose', 'format'],
    title,
    blocks: [
      'Welches sind die wichtigsten Kryptowährungen?',
      'Weltweit sind heute über 23’000 Kryptowährungen im Umlauf. Die mit Abstand grösste ist Bitcoin. 2013 erreichte Bitcoin erstmals eine Marktkapitalisierung von 1 Milliarde US-Dollar. Ende 2023 waren alle umlaufenden Bitcoins zusammen bereits über 700 Milliarden Schweizer Franken wert.',
    ],
    expect: [o('1 Milliarde US-Dollar', 1e9), o('700 Milliarden Schweizer Franken', 700e9, 'CHF')],
  },
];
