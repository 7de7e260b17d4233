import { o, p, type RealCase } from '../labels';

const url =
  'https://asm.news.o-abroad.com/~/economy/188802-en-bitcoin-plunges-below-90000-erasing-annual-gains.html';
const title = 'Bitcoin Plunges Below $90,000, Erasing Annual Gains';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title,
    blocks: [
      "Bitcoin, the world's largest cryptocurrency, has taken heavy losses and dropped below the $90,000 level, deepening a month-long downtrend and wiping out the year's gains.",
      'It fell as much as 2.4% in Asian hours, extending the slide from a record high of over $126,000 set in early October. The last time it traded under this level was in April, when it was valued at $74,400 after the first tariff plan rattled global markets.',
      '"With the probability of a Fed rate cut in December now priced in at less than 50%, crypto markets continue to fall after Bitcoin lost the key $100,000 level," a managing partner at Monark Asset Management told Bloomberg News.',
    ],
    expect: [p('$90,000', 90000), p('$126,000', 126000), p('$74,400', 74400), p('$100,000', 100000)],
  },
  {
    url,
    lang: 'en',
    tags: ['prose', 'anaphora', 'change'],
    title,
    blocks: [
      'Crypto markets were shaken on Tuesday as the largest cryptocurrency slid below $90,000, adding more than $6,000 to its losses in 24 hours. Bitcoin sank nearly 5% to $89,963, while Ethereum lost 6% to $2,962, Solana fell 5% to $132.28, and Ripple dropped 5.55% to $2.119.',
    ],
    expect: [
      p('$90,000', 90000),
      o('$6,000', 6000),
      p('$89,963', 89963),
      o('$2,962', 2962),
      o('$132.28', 132.28),
      o('$2.119', 2.119),
    ],
  },
];
