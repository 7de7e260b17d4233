import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://mnlk.info/de-bitcoin-halving-van-2020-pak-jij-je-kans',
    lang: 'nl',
    tags: ['prose', 'anaphora', 'format'],
    title: 'De Bitcoin halving van 2020: pak jij je kans?',
    blocks: [
      'Bitcoin (BTC), iedereen heeft er wel eens van gehoord. De grootste en oudste cryptocurrency schoot eind 2017 naar een waarde van bijna $20.000. Sindsdien is de koers wat teruggezakt, maar mogelijk staat bitcoin op het punt de toppen van 2017 weer op te zoeken. In mei 2020 vindt namelijk de volgende Bitcoin halving plaats.',
      {
        heading: 'Ups en downs',
        text: 'Een paar jaar geleden haalde bitcoin volop het nieuws met zijn ‘all-time high’ van bijna $20.000. Opmerkelijk, want twee jaar eerder kocht je 1 BTC nog voor slechts $400. Die explosieve stijging wekte enorm veel interesse in “de moeder aller cryptocurrencies.”',
      },
      {
        heading: 'Ups en downs',
        text: 'Maar geen boom groeit tot in de hemel: in de twee jaar na de top zakte bitcoin terug. Uiteindelijk bereikte de munt een waarde van $3.000, het dieptepunt van de ‘crypto winter.’ Daarna brak de crypto lente aan en klom bitcoin weer naar bijna $14.000!',
      },
      {
        heading: 'Ups en downs',
        text: 'Naast die recordhoogte was bitcoin het afgelopen decennium ook een betere investering dan goud, Amerikaanse aandelen en olie. Stopte je in 2010 een enkele dollar in bitcoin, dan had je eind 2019 ongeveer $90.000! Diezelfde dollar had in Amerikaanse aandelen slechts $3,46 opgebracht.',
      },
    ],
    expect: [
      p('$20.000', 20000),
      p('$20.000', 20000),
      p('$400', 400),
      p('$3.000', 3000),
      p('$14.000', 14000),
      o('een enkele dollar', 1),
      o('$90.000', 90000),
      o('$3,46', 3.46),
    ],
  },
];
