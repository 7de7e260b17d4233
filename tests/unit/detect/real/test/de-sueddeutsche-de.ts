import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.sueddeutsche.de/wirtschaft/bitcoin-kryptowaehrung-stark-unter-druck-1.4215834',
    lang: 'de',
    tags: ['prose', 'format'],
    title: 'Bitcoin:Kryptowährung stark unter Druck',
    blocks: [
      'Bitcoin:Kryptowährung stark unter Druck',
      'Vom Rekordniveau ist der Bitcoin inzwischen weit entfernt. Die Digitalwährung hat kräftig Federn gelassen.',
      'Die Kryptowährung Bitcoin hat in den vergangenen sieben Tagen deutlich an Wert eingebüßt. Am Mittwoch sackte der Kurs des Bitcoin um mehr als zehn Prozent auf 5596 Dollar ab, so tief wie seit einem Jahr nicht mehr. Der Aufschwung der Digitalwährung hatte im vergangenen Herbst eingesetzt und im Dezember 2017 seinen Gipfel erreicht. Ein Bitcoin war damals mehr als 18 500 Dollar wert. Seither ging es abwärts. Zum Handelsstart im Februar 2009 war der Bitcoin nur ein paar Cent wert. 2013 überwand die Devise die 1 000-Dollar-Marke.',
    ],
    expect: [p('5596 Dollar', 5596), p('18 500 Dollar', 18500), p('1 000-Dollar', 1000)],
  },
];
