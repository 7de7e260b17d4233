import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://crypto-insiders.nl/nieuws/bitcoin/bitcoin-halving-gaat-veel-miners-de-kop-kosten',
    lang: 'nl',
    tags: ['cost', 'format'],
    title: 'Bitcoin halving gaat veel miners de kop kosten',
    blocks: [
      'Volgens de analist ligt het break-even punt van de elektriciteitsprijs voor bitcoin miners nu op 12 cent per kWh. Na de halving is dat nog maar 6 cent per kWh. 40 procent van de miners betaalt nu meer dan 8 cent per kWh voor stroom.',
    ],
    expect: [o('12 cent', 0.12), o('6 cent', 0.06), o('8 cent', 0.08)],
  },
  {
    url: 'https://www.crypto-insiders.nl/nieuws/bitcoin/bitcoinmakers-worstelen-met-hoge-kosten-en-dalende-opbrengsten',
    lang: 'nl',
    tags: ['format', 'change'],
    title: 'Bitcoinmakers worstelen met hoge kosten en dalende opbrengsten',
    blocks: [
      {
        heading: 'Bitcoin miners offline door extreme omstandigheden',
        text: 'De inkomsten kregen direct een klap. De dagelijkse opbrengst uit bitcoinmining zakte in korte tijd van ongeveer 45 miljoen dollar naar 28 miljoen dollar.',
      },
      {
        heading: 'Koersdalingen maken de situatie nog lastiger',
        text: 'Door de correcties verdween in korte tijd meer dan 2 miljard dollar aan ingelegde posities.',
      },
    ],
    expect: [o('45 miljoen dollar', 45e6), o('28 miljoen dollar', 28e6), o('2 miljard dollar', 2e9)],
  },
  {
    url: 'https://crypto-insiders.nl/nieuws/bitcoin/bitcoin-btc-transactiekosten-stijgen-flink-door-toename-aantal-transacties',
    lang: 'nl',
    tags: ['prose', 'format'],
    title: 'Bitcoin (BTC) transactiekosten stijgen flink door toename aantal transacties',
    blocks: [
      'Volgens Bitinfocharts lagen de gemiddelde transactiekosten van bitcoin donderdag op $6,5. In een week stegen ze 7%, van $6,1 per transactie naar $6,5 per transactie. Op 6 juli kostte een transactie gemiddeld nog maar $1.',
      'De koers van bitcoin staat op het moment van schrijven op $11.762 en lijkt niet te stoppen. De gerealiseerde prijs van Bitcoin zag deze week ook een nieuwe piek van $6.000.',
      'Op 13 januari kostte een transactie maar 18 cent; de koers van bitcoin stond toen op $3.552. Toen bitcoin in december 2017 op de all-time high van rond de $20.000 stond, waren de gemiddelde transactiekosten $55.',
    ],
    expect: [
      o('$6,5', 6.5),
      o('$6,1', 6.1),
      o('$6,5', 6.5),
      o('$1', 1),
      p('$11.762', 11762),
      p('$6.000', 6000),
      o('18 cent', 0.18),
      p('$3.552', 3552),
      p('$20.000', 20000),
      o('$55', 55),
    ],
  },
];
