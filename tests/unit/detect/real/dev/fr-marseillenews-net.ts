import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.marseillenews.net/bitcoin-stocke-14-en-24-heures-tombe-sous-la-barre-des-40000-alors-que-la-vente-se-poursuit.html',
    lang: 'fr',
    tags: ['prose', 'format'],
    title: 'Bitcoin stocke 14% en 24 heures, tombe sous la barre des 40000 alors que la vente se poursuit',
    blocks: [
      'Bitcoin stocke 14% en 24 heures, tombe sous la barre des 40000 alors que la vente se poursuit',
      "Le Bitcoin a poursuivi sa chute mardi, passant sous la barre des 40000 dollars et portant ses pertes à 14% sur les dernières 24 heures. C'est la première fois depuis le 9 février de cette année que Bitcoin descend en dessous de 40000 dollars. La cryptomonnaie recule sans relâche ce mois-ci, plombée par une série de nouvelles négatives. Plus tôt dans le mois, Elon Musk, PDG de Tesla, a suspendu le paiement des voitures Tesla en Bitcoin en invoquant l'environnement, puis a laissé entendre le week-end dernier que Tesla pourrait se défaire de ses avoirs en Bitcoin. Pour l'heure, Bitcoin s'échange à 39000 dollars, après avoir effacé une partie de ses pertes depuis un plus bas de 38 585 dollars, selon les données de Coindesk.",
    ],
    expect: [
      p('40000', 40000),
      p('40000 dollars', 40000),
      p('40000 dollars', 40000),
      p('39000 dollars', 39000),
      p('38 585 dollars', 38585),
    ],
  },
];
