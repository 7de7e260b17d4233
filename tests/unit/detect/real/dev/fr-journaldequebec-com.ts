import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.journaldequebec.com/2021/05/19/le-bitcoin-seffondre-de-30--lache-par-la-chine-et-elon-musk',
    lang: 'fr-CA',
    tags: ['anaphora', 'format'],
    title: 'Le bitcoin s’effondre de 30 %, lâché par la Chine et Elon Musk',
    blocks: [
      "Le bitcoin a accéléré sa dégringolade mercredi, perdant jusqu'à 30 % de sa valeur avant de se reprendre un peu, après une mise en garde de Pékin et le revirement d'Elon Musk.",
      'Vers 9 h 20, la principale cryptomonnaie chutait de 23 % à 33 710 dollars, juste après un arrêt à 30 016,83 dollars, bien loin de son sommet de 64 869,78 dollars touché le 14 avril.',
    ],
    expect: [p('33 710 dollars', 33710), p('30 016,83 dollars', 30016.83), p('64 869,78 dollars', 64869.78)],
  },
];
