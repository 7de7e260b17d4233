import { p, type RealCase } from '../labels';

// Belgian German-language broadcaster, dpa short: one record level, then "dieser Marke" refers back.
export const cases: RealCase[] = [
  {
    url: 'https://brf.be/international/2012566',
    lang: 'de',
    tags: ['prose'],
    title: 'Bitcoin erstmals über 125.000 Dollar',
    blocks: [
      'Der Bitcoin ist am Sonntagmorgen zum ersten Mal über die Marke von 125.000 US-Dollar geklettert. Danach lag der Kurs knapp darunter.',
      'Experten nennen für das neue Allzeithoch mehrere Gründe: Immer mehr institutionelle Anleger investieren in Bitcoin, und es wird erwartet, dass die US-Notenbank die Zinsen weiter senkt.',
    ],
    expect: [p('125.000 US-Dollar', 125000)],
  },
];
