import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://blockchain-mythen.de/knowhow/mining/',
    lang: 'de',
    tags: ['prose', 'format'],
    title: 'Mining',
    blocks: [
      { text: 'Pro Tag per Mining 144 Blocks und 1.800 Bitcoins', heading: 'Mining' },
      'Pro Tag werden per Mining 144 Blocks gemint und dabei 144 x 12,5, also 1.800 neue Bitcoin erzeugt. Diese haben bei einem Kurs von „nur“ 8.000 Dollar pro Bitcoin einen Gegenwert von 14,4 Millionen Dollar. Dazu kommen Transaktionsgebühren von durchschnittlich 160 Bitcoins. Das sind nochmal 1.280.000 Dollar obendrauf. Unterm Strich werden also mit einem Energieaufwand von circa 340.000 Dollar Bitcoins im Wert von über 15 Millionen Dollar pro Tag gutgeschrieben.',
      { text: 'Es kommt auf den Standort an', heading: 'Standort' },
      'Diese Rechnung ist allerdings nur eine Annäherung, denn Investitions- und Betriebskosten der Anlagen fehlen ebenso wie der höhere Kurs — im Dezember 2017 von 10.000 Dollar für einen Bitcoin — und die günstigeren Standorte, an denen Mining-Farmen typischerweise stehen. Dort werden statt 28 Cent pro kWh deutlich weniger berechnet.',
    ],
    expect: [
      p('8.000 Dollar', 8000),
      o('14,4 Millionen Dollar', 14.4e6),
      o('1.280.000 Dollar', 1280000),
      o('340.000 Dollar', 340000),
      o('15 Millionen Dollar', 15e6),
      p('10.000 Dollar', 10000),
      o('28 Cent', 0.28, 'EUR'),
    ],
  },
];
