import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://coinbuzznow.com/news/unraveling-the-chaos-whats-happening-here',
    lang: 'en',
    tags: ['forum', 'format', 'anaphora'],
    title: "Unraveling the chaos: what's happening here?",
    blocks: [
      "A rapid decline in Bitcoin's value has sparked heated debates among users across forums. As the price tumbles to 60-70k, many express their frustration over the market's volatility.",
      "With Bitcoin's value recently dropping over 20% to a range around 60-70k, voices from the community are mixed.",
      'Anticipation of Drop: Users have differed on their price predictions, with some saying they expected the price to reach as low as 40k.',
    ],
    expect: [p('60', 60000), p('70k', 70000), p('60', 60000), p('70k', 70000), p('40k', 40000)],
  },
];
