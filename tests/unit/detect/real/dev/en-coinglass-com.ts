import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.coinglass.com/news/528952',
    lang: 'en',
    tags: ['prose', 'anaphora', 'change'],
    blocks: [
      'Several bitcoin miners released second-quarter earnings on Thursday, with Cipher (ticker CIFR), CleanSpark (ticker CLSK) and Hut 8 (ticker HUT) showing modest quarter-over-quarter gains as BTC rose between April and June.',
      "From the start to the end of the quarter, bitcoin climbed about 26% to about $109,000 from around $86,500, according to The Block's BTC price page. Miners can benefit disproportionately from a rising bitcoin price because electricity costs are relatively stable.",
      {
        text: 'Cipher’s headline items include a net loss of $46 million in the quarter, partly from spending to expand its infrastructure, including bringing the first 150 MW of its 300 MW Black Pearl site online.',
        heading: 'Cipher revenue grows alongside investments',
      },
      'Cipher’s bitcoin mining revenues rose to $43,565 in Q2, up from $36,808 a year earlier. Its cost of revenue also rose, to $15,330 from $14,281, while its net loss widened to $45,781 from $15,291.',
      'The firm also closed a $172.5 million convertible note offering in the quarter, with proceeds going toward finishing the Black Pearl data center, including buying mining rigs, tariffs and shipping.',
    ],
    expect: [
      p('$109,000', 109000),
      p('$86,500', 86500),
      o('$46 million', 46e6),
      o('$43,565', 43565),
      o('$36,808', 36808),
      o('$15,330', 15330),
      o('$14,281', 14281),
      o('$45,781', 45781),
      o('$15,291', 15291),
      o('$172.5 million', 172.5e6),
    ],
  },
];
