import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cointelegraph.com.cach3.com/news/mining-bitcoin-in-the-us-best-do-it-in-louisiana-study-says/amp.html',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'Mining Bitcoin in the US? Best Do It in Louisiana, Study Says',
    blocks: [
      'The CESCO study finds Louisiana the cheapest US state to mine Bitcoin: power at 9.87 cents per watt puts the average cost of mining one Bitcoin at $3,224.',
      'That is well under the current price of Bitcoin, trading near $12,000 per coin as of press time.',
      'After Louisiana, the other cheapest states are Idaho ($3,289 per token), Washington ($3,309), Tennessee ($3,443) and Arkansas ($3,505).',
      'Hawaii tops the list of costly states, with an average mining cost of $9,483 per coin, followed by Alaska ($7,059) and Connecticut ($6,951).',
    ],
    expect: [
      o('9.87 cents per watt', 0.0987),
      c('$3,224', 3224),
      p('$12,000', 12000),
      c('$3,289', 3289),
      c('$3,309', 3309),
      c('$3,443', 3443),
      c('$3,505', 3505),
      c('$9,483', 9483),
      c('$7,059', 7059),
      c('$6,951', 6951),
    ],
  },
  {
    url: 'https://cointelegraph.com.cach3.com/news/reuters-600-breakeven-for-miners-claim-is-wrong/amp.html',
    lang: 'en',
    tags: ['cost', 'prose', 'format'],
    title: 'Reuters’ $600 Breakeven for Miners Claim is Wrong',
    blocks: [
      'The question asked most often about mining is the breakeven cost. A recent Reuters piece by Edward Hadas said the “full cost of production is closer to US$600 per token, based on a recent study by Australian researcher Hass McCook.“',
      'McCook told Cointelegraph that the most innovative chip makers can break even at US$160 at the cheap end, against US$350 at the expensive end with 30 kilowatt Antminers, though a typical figure would be about US$300 depending on electricity.',
    ],
    expect: [c('US$600', 600), c('US$160', 160), c('US$350', 350), c('US$300', 300)],
  },
];
