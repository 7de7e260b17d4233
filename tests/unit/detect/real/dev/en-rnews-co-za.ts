import { o, p, type RealCase } from '../labels';

// South African report in rand with space-grouped thousands ("R428 000", "R1 177 000"); later
// sentences say "this cyber currency" / "this unit". Rand-per-dollar exchange rates are other.
export const cases: RealCase[] = [
  {
    url: 'https://www.rnews.co.za/bitcoin-bursts-through-r1-2-million-mark/',
    lang: 'en',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin bursts through R1.2 million mark',
    blocks: [
      'Bitcoin bursts through R1.2 million mark',
      'The cryptocurrency Bitcoin went through the R1 million mark again last week, reaching its highest rand level ever. This cyber currency traded at more than R1.17 million on Friday morning, after trading above the level of R1.2 million on leap day.',
      'Bitcoin’s value has risen by 175% since March 1 last year, from R428 000. Most of the increase came in the past month. This unit was still trading around R800 000 on 1 February and was more than 47% higher at R1 177 000 on 1 March. Over five years, Bitcoin’s price is up more than 1 980% from the level of R56 000 on 1 March 2019.',
      'In November 2019 the rand was still trading at around R14 against the American currency and has since weakened to more than R19 per dollar – hence the steep rise in Bitcoin’s rand value.',
    ],
    expect: [
      p('R1.2 million', 1.2e6, 'ZAR'),
      p('R1 million', 1e6, 'ZAR'),
      p('R1.17 million', 1.17e6, 'ZAR'),
      p('R1.2 million', 1.2e6, 'ZAR'),
      p('R428 000', 428000, 'ZAR'),
      p('R800 000', 800000, 'ZAR'),
      p('R1 177 000', 1177000, 'ZAR'),
      p('R56 000', 56000, 'ZAR'),
      o('R14', 14, 'ZAR'),
      o('R19', 19, 'ZAR'),
    ],
  },
];
