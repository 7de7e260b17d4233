import { p, type RealCase } from '../labels';

// 2013 TV-site teaser: "электронной валюты - биткоина" then the level.
export const cases: RealCase[] = [
  {
    url: 'https://russian.rt.com/article/7144/amp',
    lang: 'ru',
    tags: ['prose'],
    title: 'Биткоин: валюта будущего или «мыльный пузырь»?',
    blocks: [
      'Биткоин: валюта будущего или «мыльный пузырь»?',
      'В начале апреля курс электронной валюты - биткоина - поднялся на небывалую высоту: $266. Правда, затем он резко упал, потеряв половину стоимости.',
    ],
    expect: [p('$266', 266)],
  },
];
