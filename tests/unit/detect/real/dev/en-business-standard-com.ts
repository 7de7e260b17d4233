import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://www.business-standard.com/article/international/bitcoin-ether-lead-digital-currency-slide-from-highs-117062800037_1.html',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin, Ether lead digital currency slide from highs',
    blocks: [
      'Bitcoin slumped to as low as $2,449.4 in intraday trading',
      'Last week Bitcoin fell as much as 17%, while smaller rival ether kept sliding after a ‘flash crash’. Bitcoin dropped to as low as $2,449.4 intraday. Ether, the token of the ethereum blockchain, sank to $250.5, and ripple, third-largest by market cap, fell to $0.3, according to Coinmarketcap.com and Coindesk.com.',
      'Both coins are still well up on the year. Ether began the year around $8, so even after the drop its price has multiplied. The steeper fall in ether leaves its market cap at $25 billion, about 60% of bitcoin’s, down from about 80% when ether went above $400 two weeks ago.',
    ],
    expect: [
      p('$2,449.4', 2449.4),
      p('$2,449.4', 2449.4),
      o('$250.5', 250.5),
      o('$0.3', 0.3),
      o('$8', 8),
      o('$25 billion', 25e9),
      o('$400', 400),
    ],
  },
  {
    url: 'http://www.business-standard.com/article/markets/no-longer-digital-gold-bitcoin-s-slump-steeper-than-other-smaller-cryptos-118011700193_1.html',
    lang: 'en',
    tags: ['prose'],
    title: "No longer digital gold? Bitcoin's slump steeper than other smaller cryptos",
    blocks: [
      'The hunt for the "other Bitcoin" is hurting the original. Bitcoin, the largest cryptocurrency, has stumbled out of the gate this year, falling as much as 20 per cent to about $11,200 on Tuesday, its lowest since December.',
    ],
    expect: [p('$11,200', 11200)],
  },
];
