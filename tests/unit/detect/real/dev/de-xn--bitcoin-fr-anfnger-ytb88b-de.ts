import { p, type RealCase } from '../labels';

const offer = (n: string, kurs: string, menge: string) => [
  { text: n, header: 'Angebot' },
  { text: kurs, header: 'Kurs (Euro/BTC)', row: n },
  { text: menge, header: 'Menge (BTC)', row: n },
];

export const cases: RealCase[] = [
  {
    url: 'https://xn--bitcoin-fr-anfnger-ytb88b.de/infos-und-anleitungen/bitcoin-im-detail/der-bitcoin-kurs',
    lang: 'de',
    tags: ['table', 'widget', 'prose'],
    title: 'Der Bitcoin-Kurs',
    blocks: [
      'Wie entsteht der Bitcoin-Kurs auf einem Handelsplatz?',
      'Das Prinzip ist relativ einfach: Der Kurs steigt immer dann, wenn jemand Bitcoins kauft, und fällt, wenn jemand Bitcoins verkauft.',
      'Nehmen wir an, dass der aktuelle Bitcoin.de-Kurs bei 99 Euro/BTC liegt und die drei günstigsten Bitcoin-Verkaufsangebote wie folgt wären:',
      ...offer('#1', '100', '1'),
      ...offer('#2', '105', '2'),
      ...offer('#3', '110', '2'),
      'Wenn jetzt z.B. der Marktplatz-Teilnehmer Herr Müller genau drei Bitcoins kaufen möchte, kauft er zuerst den einen Bitcoin vom ersten Angebot. Der aktuelle Bitcoin.de-Kurs würde danach von 99 auf 100 Euro/BTC steigen.',
    ],
    expect: [
      p('99 Euro', 99, 'EUR'),
      p('100', 100, 'EUR'),
      p('105', 105, 'EUR'),
      p('110', 110, 'EUR'),
      p('99', 99, 'EUR'),
      p('100 Euro', 100, 'EUR'),
    ],
  },
];
