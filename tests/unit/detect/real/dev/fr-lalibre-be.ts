import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.lalibre.be/economie/digital/comprendre-le-bitcoin-en-1-30-minute-601c2a3dd8ad5844d1d64648',
    lang: 'fr',
    tags: ['anaphora'],
    title: 'Comprendre le bitcoin en 1:30 minute',
    blocks: [
      "Il enchaîne les records. Le bitcoin fait à nouveau l'objet de toutes les attentions.",
      "Ces derniers jours, portée par des fonds spéculatifs, quelques gros poissons et une nuée de petits porteurs, c'est l'emballement : après un tweet d'Elon Musk, le prix flirte avec les 37 000 dollars, après avoir brièvement passé le cap des 40 000 dollars.",
    ],
    expect: [p('37 000 dollars', 37000), p('40 000 dollars', 40000)],
  },
];
