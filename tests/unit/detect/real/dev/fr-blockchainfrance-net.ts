import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://blockchainfrance.net/le-prix-du-bitcoin-de-2009-a-2018/',
    lang: 'fr',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Le prix du bitcoin de 2009 à 2018',
    blocks: [
      'Quelle a été la tendance du prix du bitcoin de 2009 à 2018 ?',
      'On ne trouve aucune trace d’échange de BTC contre des dollars ou une autre monnaie fiduciaire en 2009 : il n’existe donc pas de prix de référence pour cette année-là.',
      'Il existe au moins un témoignage, celui de Kristoffer Koch, qui dit avoir acheté 5 000 BTC en 2009 pour environ 26,60 $. Ce prix de 0,00532$ pour 1 BTC peut donc servir de référence pour cette année, en ligne d’ailleurs avec les coûts d’extraction de l’époque.',
      'Les premiers échanges documentés datent de la mi-2010, à un taux qui variait entre 0,05 $ et 0,07 $, soit dix fois le prix payé par Koch.',
      'Dans l’année, le prix a encore monté jusqu’à 0,39 $, pour clôturer à 0,3 $.',
      '2011 est la première année pour laquelle on dispose de données complètes. L’ouverture s’est faite à 0,30$ exactement, puis une première bulle spéculative a porté le cours à 32 $ dans la première quinzaine de juin. La bulle a éclaté et l’année s’est terminée à 4,72 dollars.',
    ],
    expect: [
      o('26,60 $', 26.6),
      p('0,00532$', 0.00532),
      p('0,05 $', 0.05),
      p('0,07 $', 0.07),
      p('0,39 $', 0.39),
      p('0,3 $', 0.3),
      p('0,30$', 0.3),
      p('32 $', 32),
      p('4,72 dollars', 4.72),
    ],
  },
];
