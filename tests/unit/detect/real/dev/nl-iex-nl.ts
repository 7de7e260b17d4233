import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.iex.nl/Nieuws/ANP-211119-151/Bitcoin-daalt-weer-onder-de-8000-dollar.aspx',
    lang: 'nl',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin daalt weer onder de 8000 dollar',
    blocks: [
      'AMSTERDAM (AFN) - De bitcoin blijft in waarde dalen en is beland bij de 8000 dollar. De koers van de virtuele munt zit al dagen in een neerwaartse lijn en stond een week geleden nog rond de 8700 dollar, blijkt uit cijfers van Coinmarketcap.',
      'Sinds begin dit jaar staat de bitcoin nog duidelijk in de plus. Op 1 januari noteerde de koers nog minder dan 3800 dollar. In juli piekte de munt op ruim 13.000 euro.',
    ],
    expect: [
      p('8000 dollar', 8000),
      p('8700 dollar', 8700),
      p('3800 dollar', 3800),
      p('13.000 euro', 13000, 'EUR'),
    ],
  },
];
