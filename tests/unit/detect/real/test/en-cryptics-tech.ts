import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptics.tech/cheapest-bitcoin-land/',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    blocks: [
      'Mining cryptocurrency, Bitcoin in particular, eats a lot of electricity, and that bill is a key input when miners work out profitability. Analysts looked at where extraction is dearest and where it is cheapest.',
      'Power prices differ from country to country because of subsidies and natural resources, and so does the profit of a mining business. A Bitmain Antminer S9 draws 1350 watts while mining — as much as a hair dryer on full.',
      'According to Elite Fixtures and Bitcoinist, Oceania, the scattering of islands in the central and western Pacific, is the least profitable region: one Bitcoin will cost $12,203 there. Next come South America with $7,150, Europe with $6,695, Asia with $6,378, the Middle East with $6,249, North America with $5,456 and Africa with $4,626.',
      'The highest mining costs are borne by South Koreans ($26,170), Bahrain ($16,773) and Germany ($14,275). Even so, Seoul is seen as a main driver of the crypto market.',
      'The cheapest Bitcoin is mined in Venezuela (an average of $531 for 1 Bitcoin), Trinidad and Tobago ($1,190) and Uzbekistan ($1,988). In Russia, mining one Bitcoin costs $4,675.',
    ],
    expect: [
      c('$12,203', 12203),
      c('$7,150', 7150),
      c('$6,695', 6695),
      c('$6,378', 6378),
      c('$6,249', 6249),
      c('$5,456', 5456),
      c('$4,626', 4626),
      c('$26,170', 26170),
      c('$16,773', 16773),
      c('$14,275', 14275),
      c('$531', 531),
      c('$1,190', 1190),
      c('$1,988', 1988),
      c('$4,675', 4675),
    ],
  },
];
