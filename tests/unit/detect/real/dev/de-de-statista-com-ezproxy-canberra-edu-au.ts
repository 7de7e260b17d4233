import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://de-statista-com.ezproxy.canberra.edu.au/infografik/3137/entwicklung-des-bitcoin-kurses',
    lang: 'de',
    tags: ['prose', 'anaphora', 'change', 'format'],
    title: 'Aufstieg und Fall des Bitcoin',
    blocks: [
      'Aufstieg und Fall des Bitcoin',
      'Für das Magazin "Forbes" war 2013 das Jahr des Bitcoin: Anfang des Jahres wurde eine Einheit der virtuellen Währung noch für etwa 13 Dollar gehandelt, am 29. November erreichte sie in Tokio ein Allzeithoch von 1242 Dollar – ein Bitcoin war an jenem Tag zwei Dollar teurer als eine Feinunze Gold.',
    ],
    expect: [p('13 Dollar', 13), p('1242 Dollar', 1242), o('zwei Dollar', 2)],
  },
];
