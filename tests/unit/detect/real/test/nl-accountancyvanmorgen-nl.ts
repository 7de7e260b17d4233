import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.accountancyvanmorgen.nl/2018/03/31/slecht-kwartaal-voor-bitcoin/',
    lang: 'nl',
    tags: ['prose', 'anaphora'],
    title: 'Slecht kwartaal voor bitcoin',
    blocks: [
      'Vrijdag stond de bitcoin voor het eerst in bijna twee maanden tijdelijk weer onder de 7.000 dollar. Daarmee is de cryptomunt ongeveer half zoveel waard als begin dit jaar. Op het piekmoment in december werd voor 1 bitcoin bijna 20.000 dollar neergeteld.',
      'Ook andere cryptovaluta als ethereum en ripple gingen omlaag, blijkt uit Coinmarketcap.',
    ],
    expect: [p('7.000 dollar', 7000), p('20.000 dollar', 20000)],
  },
];
