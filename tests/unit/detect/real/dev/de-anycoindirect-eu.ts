import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://anycoindirect.eu/de/preis/bitcoin',
    lang: 'de',
    tags: ['prose', 'format'],
    title: 'Bitcoin-Kurs',
    blocks: [
      {
        text: 'In der Grafik oben sehen Sie, dass der Bitcoin-Kurs in seiner ganzen Geschichte stark geschwankt hat. 2009 war eine ganze Bitcoin-Münze einige Dollar wert. Danach stieg der Kurs steil an und erreichte im Dezember 2017 mit nahezu 20.000 USD pro Bitcoin seinen Höhepunkt. Zwischen den Anfangsjahren und dem Höhepunkt lag der durchschnittliche Bitcoin-Preis bei 3.917,38 USD.',
        heading: 'Geschichte des Bitcoin-Kurses',
      },
    ],
    expect: [p('20.000 USD', 20000), p('3.917,38 USD', 3917.38)],
  },
];
