import { o, p, type RealCase } from '../labels';

// A snarky blog post: levels, a forecast, an average purchase price, paper losses and an ad link with "$250,000/Month".
export const cases: RealCase[] = [
  {
    url: 'https://www.tradingtips.com/blog/bitcoins-60k-nosedive-when-diamond-hands-meet-reality-check',
    lang: 'en',
    tags: ['prose', 'anaphora', 'change'],
    title: 'Bitcoin’s $60K Nosedive: When ‘Diamond Hands’ Meet Reality Check',
    blocks: [
      'Bitcoin’s $60K Nosedive: When ‘Diamond Hands’ Meet Reality Check',
      'So Bitcoin just face-planted. The world’s favorite digital currency crashed from its October high of $126,210 all the way down to $60,074 before bouncing back to around $65,900. That’s a brutal 50% haircut.',
      'Michael Saylor, who turned MicroStrategy into a Bitcoin piggy bank, is still preaching that Bitcoin will hit $1 million. Eventually.',
      "Special: Trump's $250,000/Month Secret Exposed",
      'Meanwhile, Saylor is sitting on 713,502 bitcoins that he bought at an average price of $76,052. With Bitcoin at current levels, that’s about $7 billion in paper losses.',
    ],
    expect: [
      p('$60K', 60000),
      p('$126,210', 126210),
      p('$60,074', 60074),
      p('$65,900', 65900),
      p('$1 million', 1e6),
      o('$250,000/Month', 250000),
      p('$76,052', 76052),
      o('$7 billion', 7e9),
    ],
  },
];
