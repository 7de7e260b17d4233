import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://crypto-tips.eu/nieuws/waarom-de-bitcoin-halving-dit-keer-anders-wordt',
    lang: 'nl',
    tags: ['prose', 'anaphora'],
    title: 'Waarom de Bitcoin halving dit keer anders wordt',
    blocks: [
      { text: 'De eerste halving – 2012', heading: 'De eerste halving – 2012' },
      {
        text: 'Tijdens de allereerste halving, in 2012, was Bitcoin nog een vrij onbekende nieuwigheid waar enkel softwareontwikkelaars van gehoord hadden. Een tiener genaamd Vitalik Buterin schreef toen een artikel over die halving en de prijs ging van $12 (april 2012) naar $229 (april 2013) ongeveer een jaar later. Nog eens zes maanden daarna noteerde Bitcoin voor de eerste keer voor meer dan $1,000.',
        heading: 'De eerste halving – 2012',
      },
      {
        text: 'De prijs van Bitcoin ging gestaag hoger na die tweede halving en een jaar later begon de eerste grote bullrun, die van 2017 en 2018, toen Bitcoin voor een eerste keer $20,000 aantikte.',
        heading: 'De tweede halving – 2016',
      },
      {
        text: 'Bitcoin begon de halving aan een prijs van zo’n $8,000 en steeg daarna door tot een hoogtepunt van $69,000 in november het jaar erna.',
        heading: 'De derde halving – 2020',
      },
    ],
    expect: [
      p('$12', 12),
      p('$229', 229),
      p('$1,000', 1000),
      p('$20,000', 20000),
      p('$8,000', 8000),
      p('$69,000', 69000),
    ],
  },
];
