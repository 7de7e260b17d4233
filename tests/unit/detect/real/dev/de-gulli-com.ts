import { p, type RealCase } from '../labels';

// German tech-news item about warnings in the Bitcoin subreddit: one rate quoted in US-Dollar and Euro
// "zu 1 Bitcoin", the rest is about forum sentiment.
export const cases: RealCase[] = [
  {
    url: 'http://www.gulli.com/news/28434-bitcoin-klettert-ueber-4000-us-dollar-enthusiasten-warnen-vor-kursabsturz-2017-08-14',
    lang: 'de',
    tags: ['forum', 'prose'],
    title: 'Bitcoin klettert über 4000 US-Dollar - Enthusiasten warnen vor Kursabsturz',
    blocks: [
      'Die Digitalwährung Bitcoin steht derzeit bei einem Wechselkurs von 4235 US-Dollar beziehungsweise 3562 Euro zu 1 Bitcoin. Wer früh eingestiegen ist, freut sich, andere ärgern sich, nicht früher aufgesprungen zu sein.',
      'Enthusiasten im Bitcoin-Unterforum auf Reddit warnen aber deutlich davor, jetzt einzukaufen: Bisher folgte jedem zu extremen Boom ein rapider Werteverfall. Beim letzten Absturz hing dort sogar ein Sticky mit Notfallnummern.',
    ],
    expect: [p('4235 US-Dollar', 4235), p('3562 Euro', 3562, 'EUR')],
  },
];
