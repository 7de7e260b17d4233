import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptofra.com/les-mineurs-de-bitcoin-submerges-par-la-hausse-des-couts-de-production-apres-le-halving',
    lang: 'fr',
    tags: ['cost', 'prose', 'change'],
    title: 'Les mineurs de Bitcoin submergés par la hausse des coûts de production après le halving.',
    blocks: [
      'Les mineurs de Bitcoin submergés par la hausse des coûts de production après le halving.',
      'Les coûts de production de Bitcoin atteignent des niveaux records après le halving',
      {
        text: "Depuis le halving, les coûts de production de Bitcoin (BTC) battent des records : le même travail de minage ne rapporte plus que la moitié des revenus. Le prix du Bitcoin doit donc rejoindre ce seuil de coût pour éviter des remous dans l'industrie.",
        heading: 'Les coûts de production de Bitcoin atteignent des niveaux records après le halving',
      },
      {
        text: "Charles Edwards, fondateur de Capriole Investments, a relevé un coût électrique de 77 400 dollars par Bitcoin miné le 22 avril. À l'heure où nous écrivons, les mineurs de Bitcoin paient donc 11 000 dollars de plus en électricité pour chaque BTC produit, qui vaut actuellement 66 175 dollars.",
        heading: 'Les coûts de production de Bitcoin atteignent des niveaux records après le halving',
      },
      {
        text: 'Le coût de production calculé par Capriole est encore plus frappant, à 128 989 dollars, soit une perte estimée de 52 000 dollars pour sortir un seul BTC.',
        heading: 'Les coûts de production de Bitcoin atteignent des niveaux records après le halving',
      },
      'Des coûts de production élevés',
      {
        text: "Selon les données de MacroMicro, fondées sur les estimations de l'Université de Cambridge, le ratio coût/prix est moins sévère, à 1,57. Le coût moyen de minage de Bitcoin dépassait malgré tout 102 000 dollars le 21 avril, un niveau historique, les mineurs perdant en théorie environ 36 000 dollars sur chaque BTC émis.",
        heading: 'Des coûts de production élevés',
      },
      {
        text: "Après le halving, l'indice du prix du hash de Luxor est tombé à un plus bas historique de 0,00000118 BTC (118 sats) par TH/s et par jour.",
        heading: 'Des coûts de production élevés',
      },
    ],
    expect: [
      c('77 400 dollars', 77400),
      o('11 000 dollars', 11000),
      p('66 175 dollars', 66175),
      c('128 989 dollars', 128989),
      o('52 000 dollars', 52000),
      c('102 000 dollars', 102000),
      o('36 000 dollars', 36000),
    ],
  },
];
