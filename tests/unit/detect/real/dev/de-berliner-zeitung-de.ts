import { p, type RealCase } from '../labels';

// berliner-zeitung.de (2021 column): a single range "von 20.000 auf zwischenzeitlich nahezu 28.000
// US-Dollar" whose first end is bare, in a paragraph that names the Kurs but not Bitcoin.
const url =
  'https://www.berliner-zeitung.de/wirtschaft-verantwortung/bitcoin-gut-schlecht-wer-weiss-das-schon-li.128611';

export const cases: RealCase[] = [
  {
    url,
    lang: 'de',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin: gut, schlecht – wer weiß das schon?',
    blocks: [
      'Bitcoin ist – wie andere Anlageformen im Zweifel auch – eine Glaubensfrage.',
      'Was Sie anlegen, müssen Sie auch verlieren können – zumindest kurzfristig. So wie der Kurs in den vergangenen Tagen von 20.000 auf zwischenzeitlich nahezu 28.000 US-Dollar gestiegen ist, so könnte er morgen schon auf die Hälfte zurückfallen.',
    ],
    expect: [p('20.000', 20000), p('28.000 US-Dollar', 28000)],
  },
];
