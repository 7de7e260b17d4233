import { o, p, type RealCase } from '../labels';

// A translated column on shutdown prices: the coin's level in flowery prose, then a per-kWh rate written
// "US$0.06/kilowatt-hour".
export const cases: RealCase[] = [
  {
    url: 'https://gushiio.com/news/5925.html',
    lang: 'en',
    tags: ['prose', 'cost', 'format'],
    title:
      'Half of the mining machines have reached shutdown prices. Will Bitcoin rebound or continue to be silent?',
    blocks: [
      'Half of the mining machines have reached shutdown prices. Will Bitcoin rebound or continue to be silent?',
      'Bitcoin miners face the survival test of shutdown prices. When the price falls below the line set by the electricity cost, switched-off machines may ease selling pressure and help a rebound.',
      'In the mine late at night, the roar of the machines never stops. Yet with the price of Bitcoin hovering around $85,000, this jungle of computing power hides an undercurrent: more than half of the mining machines stand at the edge of a cliff, choosing between burning more electricity and pressing the shutdown button.',
      'Accurate calculation formula for shutdown price:',
      'Shutdown price =(daily power consumption of the mining machine × electricity price) ÷ (daily bitcoin output × mining pool fee coefficient)',
      'Taking Ant S19 as an example, it consumes 72 kilowatt-hours per day (electricity price is US$0.06/kilowatt-hour) and produces about 0.0002 BTC.',
    ],
    expect: [p('$85,000', 85000), o('US$0.06', 0.06)],
  },
];
