import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.rcinet.ca/fr/2014/02/05/montreal-un-premier-guichet-de-monnaie-electronique-bitcoin/',
    lang: 'fr-CA',
    tags: ['anaphora', 'format'],
    title: 'Montréal : un premier guichet de monnaie électronique « bitcoin »',
    blocks: [
      "Née en 2009 pour échapper à la dépendance aux banques, la devise, entièrement réglée par la demande, valait alors 5 ¢ l’unité. Elle se négocie aujourd'hui à plus de 920 $ US l’unité.",
    ],
    expect: [p('5 ¢', 0.05), p('920 $ US', 920)],
  },
];
