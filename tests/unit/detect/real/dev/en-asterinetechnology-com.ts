import { p, type RealCase } from '../labels';

// A reposted r/Bitcoin text post from a long-time holder warning newcomers: past cycle levels in bare
// thousands ("20k", "4k") and drawdown percentages, which carry no currency.
const url =
  'https://asterinetechnology.com/2021/01/12/some-honesty-from-a-longtime-hodler-and-bitcoin-fanboy/';
const title = 'Some honesty from a longtime hodler and Bitcoin fanboy.';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['forum', 'format'],
    title,
    blocks: [
      'I feel that we’re due for a correction, and I really don’t think we’ve even gotten started. I’ve been around this rodeo a few times and it always -feels- different in the moment, but in reality it’s mostly cyclical. In 2017/2018 we saw a months long sell off after the run up to 20k that saw Bitcoin fall to 4k. That’s more than 75% in the red from the preceeding ATH.',
      'I think we’re going to see a few -15%’s, maybe even a -20% or -30% before we’re really back in bear territory.',
    ],
    expect: [p('20k', 20000), p('4k', 4000)],
  },
];
