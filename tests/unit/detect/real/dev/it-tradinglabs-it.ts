import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://tradinglabs.it/labs/bitcoin',
    lang: 'it',
    tags: ['label-value', 'anaphora', 'format'],
    title: 'Bitcoin',
    blocks: [
      { text: 'Quotazione attuale: circa $ 8.500 – € 7.200', heading: 'Dati utili' },
      { text: 'Capitalizzazione di mercato: 140 miliardi di dollari', heading: 'Dati utili' },
      { text: 'Volume di transazioni in 24h: circa 2,5 miliardi di dollari', heading: 'Dati utili' },
      {
        text: 'In questa fase il Bitcoin vale circa 8.500 $ . Nei primi mesi del 2018 il valore si è mosso parecchio, da un minimo di 6.000 $ a un massimo di circa 9.500 $ .',
        heading: 'Quanto vale 1 Bitcoin',
      },
      {
        text: 'Restiamo lontani dai massimi di metà dicembre 2017, di 19.500 $ , ma molti esperti contano di rivedere quei livelli.',
        heading: 'Quanto vale 1 Bitcoin',
      },
    ],
    expect: [
      p('$ 8.500', 8500),
      p('€ 7.200', 7200, 'EUR'),
      o('140 miliardi di dollari', 140e9),
      o('2,5 miliardi di dollari', 2.5e9),
      p('8.500 $', 8500),
      p('6.000 $', 6000),
      p('9.500 $', 9500),
      p('19.500 $', 19500),
    ],
  },
];
