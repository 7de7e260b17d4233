import { o, p, type RealCase } from '../labels';

// French tech site: anecdotes posted by people who missed a Bitcoin fortune, and a crash write-up quoting Reddit.
export const cases: RealCase[] = [
  {
    url: 'https://www.presse-citron.net/bitcoin-site-repertorie-fails-de-ont-manque-fortune-de/',
    lang: 'fr',
    tags: ['forum', 'prose'],
    blocks: [
      'Sur Oh, My Coins! ceux qui on failli devenir (très) riches avec le Bitcoin racontent comment ils ont raté la fortune de peu à cause de mauvais choix.',
      '« En 2011 j’ai formaté mon disque dur et je m’en fichais d’avoir l’équivalent de 6 euros en Bitcoins. Aujourd’hui ils valent 389,263 dollars et j’aurais pu acheter mon appartement avec ». Ou encore « En 2009 un gars m’a proposé 1000 bitcoins pour payer son loyer, je lui ai dit de dégager avec sa monnaie magique d’internet. Aujourd’hui il est plusieurs fois millionnaire ».',
    ],
    expect: [o('6 euros', 6, 'EUR'), o('389,263 dollars', 389263)],
  },
  {
    url: 'https://www.presse-citron.net/crash-bitcoin-effets-etonnants-inquietants/',
    lang: 'fr',
    tags: ['prose', 'anaphora', 'forum'],
    blocks: [
      'En pleine chute libre, bitcoin et autres cryptomonnaies mettent dans une situation délicate les personnes qui y ont investi une grande partie de leurs économies.',
      'Vous le savez peut-être déjà, mais ces dernières heures, le cours du bitcoin et de la majorité des autres cryptomonnaies se sont (violemment) effondrés. Actuellement, la valeur du bitcoin est passée sous la barre des 10 000 €, limite à laquelle il est resté supérieur depuis le 6 décembre. En moins de 48 heures, son cours a chuté de 25 points.',
    ],
    expect: [p('10 000 €', 10000, 'EUR')],
  },
];
