import { p, type RealCase } from '../labels';

// French tech site translating a crypto price prediction (2023): space-grouped "25 111 $" levels for
// a moving average, indicator lines, a resistance band and an invalidation low.
export const cases: RealCase[] = [
  {
    url: 'https://www.netcost-security.fr/cryptomonnaie/145612/prediction-du-prix-du-bitcoin-le-prochain-mouvement-determinera-si-le-btc-se-ralliera-a-30-000-ou-chutera-a-15-000-cryptomonnaie/',
    lang: 'fr',
    tags: ['prose', 'anaphora', 'format'],
    title:
      'Prédiction du prix du Bitcoin : le prochain mouvement déterminera si le BTC se ralliera à 30 000 $ ou chutera à 15 000 $',
    blocks: [
      'Le prix du bitcoin bute sur la SMA de 200 semaines à 25 111 $, qui coïncide avec la résistance sur trois jours.',
      'L’invalidation de la thèse haussière se produira si BTC forme un plus bas inférieur à 20 800 $.',
      {
        text: 'Le prix du bitcoin a augmenté de 48 % depuis le début de l’année et s’échange à 24 873 $, après plusieurs tentatives de surmonter la résistance psychologique de 25 000 $.',
        heading: 'Le prix du Bitcoin est à la croisée des chemins',
      },
      'Le MRI indique une résistance à 25 207 $ sur le graphique hebdomadaire et une ligne de cassure à 25 424 $ sur trois jours, niveau proche de la SMA 200 semaines à 25 111 $.',
      'La fourchette de 25 000 $ à 25 400 $ est donc une zone clé ; une fois franchie, le prochain niveau visé serait le seuil psychologique de 30 000 $.',
    ],
    expect: [
      p('25 111 $', 25111),
      p('20 800 $', 20800),
      p('24 873 $', 24873),
      p('25 000 $', 25000),
      p('25 207 $', 25207),
      p('25 424 $', 25424),
      p('25 111 $', 25111),
      p('25 000 $', 25000),
      p('25 400 $', 25400),
      p('30 000 $', 30000),
    ],
  },
];
