import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.unt.se/nyheter/bitcoin-rusar-igen-5301529.aspx',
    lang: 'sv',
    tags: ['prose', 'format'],
    title: 'Bitcoin rusar igen',
    blocks: [
      'Kryptovalutan bitcoin rusar åter i värde och ligger för första gången sedan i fjol kring 8 000 USA-dollar.',
      'Under 2018 gick bitcoin länge utför, från värden på uppemot 20 000 dollar till i vintras bara drygt 3 000 dollar. På senare tid har den stadigt stigit, vilket bedömare bland annat förklarar med ökad riskaptit.',
    ],
    expect: [p('8 000 USA-dollar', 8000), p('20 000 dollar', 20000), p('3 000 dollar', 3000)],
  },
];
