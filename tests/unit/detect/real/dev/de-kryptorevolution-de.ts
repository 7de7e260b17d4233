import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://kryptorevolution.de/bitcoin-miner-nicht-mehr-profitabel-droht-eine-kapitulation/',
    lang: 'de',
    tags: ['cost', 'prose'],
    title: 'Bitcoin-Miner nicht mehr profitabel: Droht eine Kapitulation?',
    blocks: [
      'Bitcoin-Preisverfall bedroht Rentabilität von Minern, insbesondere ältere Modelle sind nicht mehr profitabel.',
      'Der anhaltende Bitcoin-Preisverfall auf unter 53.000 US-Dollar hat die Mining-Industrie in eine schwere Krise gestürzt. Laut Daten von f2pool sind bei Stromkosten von 0,07 US-Dollar pro Kilowattstunde nur noch die modernsten Modelle wie der Antminer S21 Hyd profitabel.',
    ],
    expect: [p('53.000 US-Dollar', 53000), o('0,07 US-Dollar', 0.07)],
  },
];
