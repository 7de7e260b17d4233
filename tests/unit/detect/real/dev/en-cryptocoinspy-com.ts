import { c, o, p, type RealCase } from '../labels';

const url = 'https://cryptocoinspy.com/louisiana-cheapest-place-mine-bitcoin-america/';
const title = 'Louisiana: The Cheapest Place to Mine Bitcoin in America';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    title,
    blocks: [
      'Louisiana: The Cheapest Place to Mine Bitcoin in America',
      'Louisiana is the cheapest location for Bitcoin mining in the United States, according to a study from Crescent Electric Supply Company, a supplier of electric hardware and supplies. Crescent’s mining cost calculation is based on the wattage used by the Antminer s9, s7, and Avalon 6 – the three most popular mining rigs – along with the time (in days) required to mine a coin.',
      'Louisiana’s average energy cost of 9.87 cents per watt comes out to a total cost of $3,224 per Bitcoin, a significant margin compared to Bitcoin’s current price of over $10,000.',
      'Other states like Idaho, Washington, and Tennessee were not far behind – with mining costs ranging from around $3,300 to $3,500. Mining costs were found to be significantly higher in the Northeast region of the United States, particularly in Connecticut, Massachusetts and New Hampshire. The highest costs in the country were found in Alaska and Hawaii were the mining cost per coin reaches $7,059 and $9,483, respectively.',
    ],
    expect: [
      o('9.87 cents', 0.0987),
      c('$3,224', 3224),
      p('$10,000', 10000),
      c('$3,300', 3300),
      c('$3,500', 3500),
      c('$7,059', 7059),
      c('$9,483', 9483),
    ],
  },
];
