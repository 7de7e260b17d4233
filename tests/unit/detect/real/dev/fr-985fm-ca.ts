import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://985fm.ca/nouvelles/economie/66938',
    lang: 'fr-CA',
    tags: ['anaphora', 'format'],
    title: 'Débandade du bitcoin',
    blocks: [
      "La monnaie virtuelle bitcoin a dégringolé depuis jeudi, abandonnant jusqu'à 35 % de sa valeur en 24 heures.",
      "La cryptomonnaie, qui inquiète notamment la Banque du Canada, s'est enfin stabilisée vendredi après quatre séances de baisse, passant de près de 20 000 $ américains l'unité lundi à 11 512 $ US vendredi matin.",
      'La plus célèbre des cryptomonnaies, qui avait commencé l’année vers 1000 $ l’unité, valait 6000 $ en novembre avant de culminer à près de 20 000 $ le 15 décembre.',
    ],
    expect: [
      p('20 000 $ américains', 20000),
      p('11 512 $ US', 11512),
      p('1000 $', 1000),
      p('6000 $', 6000),
      p('20 000 $', 20000),
    ],
  },
];
