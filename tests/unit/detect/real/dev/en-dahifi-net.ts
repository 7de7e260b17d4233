import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://dahifi.net/2022/05/09/some-help-i-am/',
    lang: 'en',
    tags: ['forum', 'anaphora', 'format'],
    blocks: [
      'Neighbor Dan messaged me this morning, asking wtf is up with BTC and asking me for advice. I said I was still buying, and that it wasn’t just BTC but an overall collapse of economic assets.',
      'A stablecoin is failing, falling off its peg, and has been selling off BTC reserves. That seems to be the general consensus with this dump down to below $32k, and there are likely other factors at play as well, but I’m still buying.',
    ],
    expect: [p('$32k', 32000)],
  },
];
