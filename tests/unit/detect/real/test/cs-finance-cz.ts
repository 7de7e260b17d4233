import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://finance.cz/500561-bitcoin-se-vratil-pod-7000-usd-za-dva-dny-ztratil-pres-1000-usd',
    lang: 'cs',
    tags: ['prose', 'anaphora', 'change'],
    title: 'Bitcoin se vrátil pod 7000 USD, za dva dny ztratil přes 1000 USD',
    blocks: [
      'Bitcoin se vrátil pod 7000 USD, za dva dny ztratil přes 1000 USD',
      'Kolem 13:00 SEČ se bitcoin na lucemburské burze Bitstamp prodával za 6800 dolarů. Ve středu kolem 19:00 SEČ se přitom jeho cena vyšplhala až na rekordních 7888 dolarů.',
      'Od začátku týdne hodnota bitcoinu ztrácí téměř sedm procent. Od začátku letošního roku ale stále vykazuje nárůst o více než 600 procent.',
    ],
    expect: [p('7000 USD', 7000), o('1000 USD', 1000), p('6800 dolarů', 6800), p('7888 dolarů', 7888)],
  },
];
