import { c, o, p, type RealCase } from '../labels';

// A Decrypt story syndicated on an exchange news page: bullets first, then prose where the coin's price,
// the difficulty-regression "price" (a cost model) and per-coin production costs sit side by side.
export const cases: RealCase[] = [
  {
    url: 'https://www.mexc.in/news/646208',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora', 'format'],
    title: 'Bitcoin Miners Could Face Crisis After BTC Price Falls 50% From Peak',
    blocks: [
      'Bitcoin Miners Could Face Crisis After BTC Price Falls 50% From Peak',
      'In brief',
      'Bitcoin crashed below $63,000 on Thursday, while estimated mining costs range from $60K-$80K.',
      'Public miners’ production costs range from $39K (Iris Energy) to $106K (NYDIG) per BTC.',
      'The crash has triggered over $2 billion in crypto liquidations over the past 24 hours.',
      'The price of Bitcoin has sunk 50% from its October peak—and could soon fall below what it costs some miners to produce the asset, if it has not already.',
      'With Bitcoin down 14% over the last day to a recent price below $63,000, a chart from BTC analysis platform Checkonchain has been doing the rounds on X. It plots the Bitcoin difficulty regression price, which was $86,000 at the time of writing—well above the current trading price.',
      'Using that as a stand-in for the average cost to mine a Bitcoin is a bit misleading, though, according to Julio Moreno, CryptoQuant’s head of research.',
      'Moreno added that he has seen estimates ranging between $70,000 to $80,000, so the chart slightly overstates real costs for miners. Even so, that range sits above the current trading price for Bitcoin.',
    ],
    expect: [
      p('$63,000', 63000),
      c('$60K', 60000),
      c('$80K', 80000),
      c('$39K', 39000),
      c('$106K', 106000),
      o('$2 billion', 2e9),
      p('$63,000', 63000),
      c('$86,000', 86000),
      c('$70,000', 70000),
      c('$80,000', 80000),
    ],
  },
];
