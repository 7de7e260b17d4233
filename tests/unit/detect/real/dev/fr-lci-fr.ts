import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://www.lci.fr/societe/bitcoin-cours-nouveau-record-historique-qui-vaut-desormais-5-000-dollars-2067229.html',
    lang: 'fr',
    tags: ['prose', 'format'],
    title: 'Bitcoin : nouveau record historique pour la monnaie virtuelle',
    blocks: [
      "5.000 dollars, soit environ 4.200 euros : c'est le record que vient de toucher le bitcoin, la célèbre monnaie cryptographique. Une première depuis sa création il y a plus de huit ans. À son lancement, le bitcoin ne valait que quelques centimes !",
      "Le bitcoin est une monnaie virtuelle que l'on peut obtenir contre des euros, des dollars, des marchandises ou un service. Même en France, des sites recensent les commerces qui l'acceptent, des opticiens aux livreurs de pizza.",
    ],
    expect: [p('5.000 dollars', 5000), p('4.200 euros', 4200, 'EUR')],
  },
];
