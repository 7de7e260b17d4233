import { c, o, p, type RealCase } from '../labels';

// The page spells Bitcoin with Cyrillic look-alike letters (і, с, о); kept.
const B = 'B\u0456t\u0441\u043e\u0456n';

export const cases: RealCase[] = [
  {
    url: 'https://dcforecasts.com/bitcoin-news/m%D1%96n%D1%96ng-b%D1%96t%D1%81%D0%BE%D1%96n-th%D0%B5-us-b%D0%B5%D1%95t-d%D0%BE-l%D0%BEu%D1%96%D1%95%D1%96%D0%B0n%D0%B0-stud%D1%83-says',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora', 'format'],
    title: 'Mining Bitcoin in the US: best done in Louisiana, study says',
    blocks: [
      `Electrical supply company Crescent Electric (CESCO) finds that Louisiana is the cheapest state in the US to mine ${B}.`,
      `Based on CESCO’s latest study of crypto mining costs across the US, it is currently cheapest to mine ${B} in Louisiana — electricity at 9.87 cents per watt puts the average cost of mining one ${B} at $3,224.`,
      `That is well below the current price of ${B}, which is trading at around $12,000 per coin, as of press time.`,
      `Aside from Louisiana, the other top five states with the lowest cost to mine ${B} are Idaho ($3,289 per token), Washington ($3,309), Tennessee ($3,443) and Arkansas ($3,505).`,
      'The study also names the most expensive states for digital currency mining. The list is led by Hawaii, which takes an average mining cost of $9,483 per coin.',
      `Rounding up the top five states with the highest ${B} mining rates are Alaska ($7,059), Connecticut ($6,951), Massachusetts ($6,674) and New Hampshire ($6,425).`,
    ],
    expect: [
      o('9.87 cents', 0.0987),
      c('$3,224', 3224),
      p('$12,000', 12000),
      c('$3,289', 3289),
      c('$3,309', 3309),
      c('$3,443', 3443),
      c('$3,505', 3505),
      c('$9,483', 9483),
      c('$7,059', 7059),
      c('$6,951', 6951),
      c('$6,674', 6674),
      c('$6,425', 6425),
    ],
  },
];
