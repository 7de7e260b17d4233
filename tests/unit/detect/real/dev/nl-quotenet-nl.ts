import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.quotenet.nl/financien/cryptocurrency/a61788102/bitcoin-maakt-snoekduik-en-dollar270-miljard-is-daarmee-verdampt',
    lang: 'nl',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin maakt snoekduik en $270 miljard is daarmee verdampt',
    blocks: [
      'Bitcoin zakte de afgelopen 24 uur maar liefst 11%, en kleiner broertje Ether ging met zelfs 21% onderuit. Volgens CoinGecko is er in totaal voor $270 miljard aan waarde verdampt.',
      {
        heading: 'ETF onderuit',
        text: 'Bitcoin staat daarmee op het laagste niveau sinds februari. Voor een digitaal muntje betaal je nu $54.000, nog altijd 23% meer dan een jaar eerder. Kleine broer Ether is nu $2300 waard.',
      },
    ],
    expect: [o('$270 miljard', 270e9), p('$54.000', 54000), o('$2300', 2300)],
  },
];
