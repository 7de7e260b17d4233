import { o, p, type RealCase } from '../labels';

// IG Currency News (machine-reworded) on older rigs hitting their shutdown price: BTC levels, a $7,000
// drop (change) and miners' market caps (totals), with the shutdown price itself left unquantified.
export const cases: RealCase[] = [
  {
    url: 'https://igcurrencynews.com/?p=32038',
    lang: 'en',
    tags: ['cost', 'prose', 'change'],
    blocks: [
      'The price of Bitcoin is currently striking gold, falling from a high of over $120,000 to around $96,000, which caused a sharp downturn in the mining sector, with the value of BTC suddenly dropping by $7,000 and revenues sliding back to April levels.',
      'According to a well-known Chinese BTC miner on X, the previous-generation S19 and M60 series machines have reached their stop price, and operators who keep them running will start losing money on next month’s electricity bill.',
      {
        heading: 'How is mining doing amid the current BTC crash?',
        text: 'The selloff marks the third time in November that Bitcoin has fallen below the $100,000 level, feeding the fear that had driven it to new highs for weeks.',
      },
      'Mining stocks were hit hard in Friday’s broad selloff, wiping out nearly $8 billion in market capitalization for the group in a single day.',
      'The sector’s market capitalization fell from $69.1 billion to $61.3 billion.',
    ],
    expect: [
      p('$120,000', 120000),
      p('$96,000', 96000),
      o('$7,000', 7000),
      p('$100,000', 100000),
      o('$8 billion', 8000000000),
      o('$69.1 billion', 69100000000),
      o('$61.3 billion', 61300000000),
    ],
  },
];
