// Exchange blog on Bitcoin's historical performance: a run of dated price levels from $0.09 to $19,345.49,
// including an ungrouped "$1237.55", in two period sections.
import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://smartvalor.com/en/news/bitcoin-performance',
    lang: 'en',
    tags: ['prose', 'format', 'anaphora'],
    title: 'Bitcoin performance',
    blocks: [
      'When Bitcoin launched in 2009 its price was zero. Since then it has been the best-performing asset of the decade: from 2011 to 2021 its average annual return was 230%, ten times that of the NASDAQ 100.',
      {
        text: 'On July 17, 2010, the price of Bitcoin jumped to $0.09. In spring 2011 it gained 2,960% in three months, going from $1 in April to $29.60 in June. A sharp slump followed, bottoming at about $2 in November 2011. The next year it rose to $13.50 in August. In 2013 it reached $230 in April; in December it spiked to $1237.55, then fell to $687.02 a few days later. It kept sliding through 2014 and stood at $315.21 at the start of 2015.',
        heading: 'Bitcoin from 2009 to 2015',
      },
      {
        text: 'Over the next five years the price climbed back slowly. By the end of 2016 it was back to $900, and through the first quarter of 2017 it hovered around the $1,000 mark. In May 2017 it shot to $2,000, and on December 15, 2017 it set a new high of $19,345.49.',
        heading: 'Bitcoin from 2016 to 2020',
      },
    ],
    expect: [
      p('$0.09', 0.09),
      p('$1', 1),
      p('$29.60', 29.6),
      p('$2', 2),
      p('$13.50', 13.5),
      p('$230', 230),
      p('$1237.55', 1237.55),
      p('$687.02', 687.02),
      p('$315.21', 315.21),
      p('$900', 900),
      p('$1,000', 1000),
      p('$2,000', 2000),
      p('$19,345.49', 19345.49),
    ],
  },
];
