import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://atlantico.fr/article/pepite/la-bourse-baisse-le-bitcoin-s-effondre',
    lang: 'fr',
    tags: ['prose', 'format', 'anaphora'],
    title: 'La Bourse baisse, le bitcoin s’effondre',
    blocks: [
      'Tout s’effondre avec la crise de la plus célèbre des cryptodevises, dont la valeur est passée d’un plus haut d’environ 69 000 dollars (66 150 euros), en novembre 2021, à 22 000 dollars (21 euros) mardi 14 juin, relève Le Monde.',
      '"En novembre 2021, l’ensemble des bitcoins disponibles valaient environ 1 320 milliards de dollars. Aujourd’hui, leur valeur est tombée à 420 milliards de dollars : la bagatelle de 900 milliards de dollars s’est évaporée".',
      '"Cette débâcle contraint Coinbase, une des grandes plates-formes d’échange et de dépôt de cryptomonnaies, à supprimer 1.100 emplois, soit près d’un cinquième de ses effectifs".',
    ],
    expect: [
      p('69 000 dollars', 69000),
      p('66 150 euros', 66150, 'EUR'),
      p('22 000 dollars', 22000),
      p('21 euros', 21, 'EUR'),
      o('1 320 milliards de dollars', 1.32e12),
      o('420 milliards de dollars', 420e9),
      o('900 milliards de dollars', 900e9),
    ],
  },
];
