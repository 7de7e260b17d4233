import { o, p, type RealCase } from '../labels';

// "$BTC" is a cashtag, not an amount.
export const cases: RealCase[] = [
  {
    url: 'https://bbapi.viigoo.eu.org/square/post/25693922950713',
    lang: 'en',
    tags: ['forum', 'format'],
    blocks: [
      '$BTC *Price Prediction*: Some analysts think Bitcoin could reach $150,000 or even $200,000 in the near future, depending on monetary policy and adoption by US states.',
    ],
    expect: [p('$150,000', 150000), p('$200,000', 200000)],
  },
];

cases.push(
  {
    url: 'https://bbapi.viigoo.eu.org/en/square/post/23974006942433',
    lang: 'en',
    tags: ['forum', 'format'],
    blocks: [
      'Standard Chartered said sorry for calling a Bitcoin price of $120,000 in Q2, admitting the target “may be too low.”#StandardChartered $BTC',
    ],
    expect: [p('$120,000', 120000)],
  },
  {
    url: 'https://bbapi.viigoo.eu.org/square/post/26398619655393',
    lang: 'en',
    tags: ['forum', 'prose'],
    blocks: [
      '🪙 Bitcoin fans have another reason to cheer: Standard Chartered, the British multinational bank, now forecasts a new high of $135,000 for the flagship cryptocurrency in the third quarter of 2025. 📈 It builds on the bank’s earlier call of $120,000 in Q2 2025, a target Geoffrey Kendrick recently called conservative given surging institutional inflows. 🌍',
      '💰 The bank’s research notes that spot Bitcoin ETF inflows have topped $4 billion in recent weeks.',
      '🔍 Still, Bitcoin’s volatility, with recent trades around $106,000, shows how sensitive the market is to macro shifts. The bank still sees Bitcoin at $200,000 by December 2025 if ETF inflows hold up.',
    ],
    expect: [
      p('$135,000', 135000),
      p('$120,000', 120000),
      o('$4 billion', 4e9),
      p('$106,000', 106000),
      p('$200,000', 200000),
    ],
  },
);
