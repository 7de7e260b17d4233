// Analysis of the "miner cost floor" during a drawdown: price levels (headline, deck, body) mixed with cost bands
// in $K shorthand, a difficulty-regression model value (a model cost per coin, c) and per-miner production costs.
import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://becausebitcoin.com/post/bitcoin-50-percent-drawdown-tests-miner-cost-floor-near-63k',
    lang: 'en',
    tags: ['cost', 'prose', 'format'],
    title: 'Bitcoin’s 50% Slide Tests the Miner “Cost Floor” as BTC Dips Near $63K',
    blocks: [
      'Bitcoin’s 50% Slide Tests the Miner “Cost Floor” as BTC Dips Near $63K',
      'Bitcoin fell below $63K—about 50% off its October peak—pressuring miners as costs cluster between $60K–$80K. Liquidations topped $2B, a difficulty drop looms, and consolidation risk rises.',
      'Because Bitcoin',
      'February 6, 2026',
      'Bitcoin’s sudden drop below $63,000 on Thursday—roughly 50% under October’s peak above $126,000—has pulled price into the neighborhood of miners’ economics and set off over $2 billion in crypto liquidations. When spot drifts toward production bands, the familiar “miner cost floor” story returns quickly.',
      'A chart from Checkonchain making the rounds puts Bitcoin’s difficulty-regression price near $86,000—well north of spot. It is a model-based proxy, not a ledger of real inputs. CryptoQuant’s head of research, Julio Moreno, estimates a broad all-in range around $70,000 to $80,000, still above today’s tape but below the regression figure.',
      'Public miners, with scale and usually better power terms, often produce more cheaply than smaller peers. BlocksBridge’s latest compilation of disclosed Q3 data puts the median implied production cost near $60,000 per BTC. The spread is wide: Iris Energy sits at about $39,208 per coin thanks to cheap hydro and wind power, while NYDIG, after a string of mining build-outs and acquisitions, screens at more than $106,000 per BTC.',
    ],
    expect: [
      p('$63K', 63000),
      p('$63K', 63000),
      c('$60K', 60000),
      c('$80K', 80000),
      o('$2B', 2e9),
      p('$63,000', 63000),
      p('$126,000', 126000),
      o('$2 billion', 2e9),
      c('$86,000', 86000),
      c('$70,000', 70000),
      c('$80,000', 80000),
      c('$60,000', 60000),
      c('$39,208', 39208),
      c('$106,000', 106000),
    ],
  },
];
