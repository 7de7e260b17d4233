import { o, p, type RealCase } from '../labels';

const H = (header: string, row: string, text: string) => ({ text, header, row });

export const cases: RealCase[] = [
  {
    url: 'https://fibalgo.com/nl/education/bitcoin-halving-trading-strategy',
    lang: 'nl',
    tags: ['table', 'format', 'prose'],
    blocks: [
      H('Blokbeloning', '1e', '50 → 25 BTC'),
      H('BTC Prijs bij Halvering', '1e', '~$12'),
      H('Piekgprijs Daarna', '1e', '~$1.100'),
      H('Blokbeloning', '2e', '25 → 12,5 BTC'),
      H('BTC Prijs bij Halvering', '2e', '~$650'),
      H('Piekgprijs Daarna', '2e', '~$19.700'),
      H('Blokbeloning', '3e', '12,5 → 6,25 BTC'),
      H('BTC Prijs bij Halvering', '3e', '~$8.700'),
      H('Piekgprijs Daarna', '3e', '~$69.000'),
      H('Blokbeloning', '4e', '6,25 → 3,125 BTC'),
      H('BTC Prijs bij Halvering', '4e', '~$63.000'),
      H('Piekgprijs Daarna', '4e', 'TBD'),
      {
        heading: 'Aanbodvermindering',
        text: 'Elke halvering verlaagt de dagelijkse uitgifte van nieuwe Bitcoin met 50%. Vóór de halvering van 2024 kregen miners 900 BTC per dag, daarna nog 450 BTC per dag. Bij $80.000 per BTC is dat $36 miljoen minder dagelijkse verkoopdruk van miners.',
      },
    ],
    expect: [
      p('$12', 12),
      p('$1.100', 1100),
      p('$650', 650),
      p('$19.700', 19700),
      p('$8.700', 8700),
      p('$69.000', 69000),
      p('$63.000', 63000),
      p('$80.000', 80000),
      o('$36 miljoen', 36e6),
    ],
  },
];
