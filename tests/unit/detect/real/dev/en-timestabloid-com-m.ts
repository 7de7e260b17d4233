import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://timestabloid.com/?p=20109',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'CoinGecko: electricity cost to mine one Bitcoin varies widely by country',
    blocks: [
      'A CoinGecko study published on August 17 looked at how much the electricity needed to mine one Bitcoin (BTC), the biggest cryptocurrency by market cap, costs around the world.',
      'CoinGecko says that mining 1 BTC at average household power rates costs about $46,291. That figure is 35% above the usual daily price of a single BTC, which was $30,090.08 in July 2023.',
      'The bill depends heavily on where you are. Europe has the highest average expense at $85,767.84, while Asia has the lowest at $20,635.62.',
    ],
    expect: [
      c('$46,291', 46291),
      p('$30,090.08', 30090.08),
      c('$85,767.84', 85767.84),
      c('$20,635.62', 20635.62),
    ],
  },
  {
    url: 'https://timestabloid.com/?p=20109',
    lang: 'en',
    tags: ['cost', 'label-value'],
    title: 'CoinGecko: electricity cost to mine one Bitcoin varies widely by country',
    blocks: [
      'A list of countries with the highest electricity cost to produce 1 BTC include:',
      { text: 'Italy: $208,560.33', heading: 'Countries with the highest electricity cost to produce 1 BTC' },
      {
        text: 'Austria: $184,352.44',
        heading: 'Countries with the highest electricity cost to produce 1 BTC',
      },
      {
        text: 'United Kingdom: $130,616.23',
        heading: 'Countries with the highest electricity cost to produce 1 BTC',
      },
      'Where power is cheapest, the list looks like this:',
      { text: 'Lebanon: $266.02' },
      { text: 'Iran: $532.04' },
      { text: 'Syria: $1,330.10' },
      { text: 'Kyrgyzstan: $2,660.21' },
    ],
    expect: [
      c('$208,560.33', 208560.33),
      c('$184,352.44', 184352.44),
      c('$130,616.23', 130616.23),
      c('$266.02', 266.02),
      c('$532.04', 532.04),
      c('$1,330.10', 1330.1),
      c('$2,660.21', 2660.21),
    ],
  },
];
