import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bbapi.viigoo.eu.org/en/square/post/32646850708818',
    lang: 'en',
    tags: ['cost', 'forum', 'prose', 'format'],
    title: 'Bitcoin below $80K: not panic, but the reality of the miner economy',
    blocks: [
      'It reads like one more bearish call: Bloomberg’s Mike McGlone, pointing to his 2018 forecast, sees Bitcoin collapsing from here to $50,000 and below.',
      'The 2020 "coronadump", when Bitcoin crashed from $8000 to $4000, showed how well fear and big-name forecasts create capitulation.',
      'Take the Antminer S19. With power at $0.06/kW·h** (hardly the world’s priciest), the S19’s breakeven sits near **$97,000 per BTC (CryptoNews data).',
      '· Even on more cautious estimates (HashrateIndex, GoMining), an S19 owner needs power below $0.08/kW·h**, ideally — **$0.05/kW·h.',
      'Put simply, if Bitcoin drops under $80,000**, many miners paying more than 5-6 cents are at break-even or worse. A further slide to **$60,000 would bring a wave of shutdowns.',
    ],
    expect: [
      p('$50,000', 50000),
      p('$8000', 8000),
      p('$4000', 4000),
      o('$0.06/kW·h', 0.06),
      c('$97,000', 97000),
      o('$0.08/kW·h', 0.08),
      o('$0.05/kW·h', 0.05),
      p('$80,000', 80000),
      o('5', 0.05),
      o('6 cents', 0.06),
      p('$60,000', 60000),
    ],
  },
];
