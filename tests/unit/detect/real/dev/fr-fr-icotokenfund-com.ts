import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://fr.icotokenfund.com/5-best-states-bitcoin-mining',
    lang: 'fr',
    tags: ['cost', 'format', 'prose'],
    blocks: [
      'Miner du bitcoin attire ceux qui veulent profiter de l’engouement pour les cryptos, mais ce n’est pas donné : de nombreux rapports décrivent l’envolée des coûts énergétiques nécessaires.',
      'Un rapport de Crescent Electric Supply Co. classe les cinq meilleurs et les cinq pires États pour le minage selon les coûts. Avec un coût moyen de 3224 $ par bitcoin, la Louisiane est l’État le moins cher. Suivent l’Idaho, Washington et le Tennessee, puis l’Arkansas - à 3 505 $ par bitcoin en moyenne - qui ferme le top 5.',
      'En bas du classement, on trouve le New Hampshire, le Massachusetts, le Connecticut, l’Alaska et Hawaï, où le coût moyen atteint 9 483 $ par bitcoin. Le prix d’un seul bitcoin ayant bondi de plus de 800% en un an, ces coûts laissent encore une marge confortable.',
      'Au moment d’écrire ces lignes, un seul bitcoin se négociait à 10488, 38 $.',
      {
        text: 'L’énergie représenterait plus de 90% des coûts du minage. Le Massachusetts, peu gourmand en énergie par habitant grâce à ses programmes d’efficacité, paie pourtant des tarifs élevés de 20, 43 cents par kWh, contre une moyenne nationale de 13, 30 cents par kWh.',
        heading: 'Un cas de coûts énergétiques?',
      },
    ],
    expect: [
      c('3224 $', 3224),
      c('3 505 $', 3505),
      c('9 483 $', 9483),
      p('10488, 38 $', 10488.38),
      o('20, 43 cents', 0.2043),
      o('13, 30 cents', 0.133),
    ],
  },
];
