import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://fr.spaziocrypto.com/actualites/le-cout-du-minage-2-7-milliards-de-dollars-depenses-pour-le-minage-de-bitcoins-aux-etats-unis',
    lang: 'fr',
    tags: ['prose', 'format'],
    title: 'Le coût du minage : 2,7 milliards de dollars dépensés pour le minage de bitcoins aux États-Unis',
    blocks: [
      'Le coût du minage : 2,7 milliards de dollars dépensés pour le minage de bitcoins aux États-Unis',
      'On pense rarement à ce que coûte, en électricité, le minage ininterrompu qui fait naître les nouveaux bitcoins. La facture des mineurs aurait pourtant atteint 2,7 milliards de dollars depuis le début de l’année 2024, pour les seuls États-Unis, premier pays producteur de bitcoins.',
      {
        text: 'Le calcul vient de Paul Hoffman, analyste chez Best Brokers, qui a retenu le prix moyen de l’électricité pour les entreprises américaines, soit 0,1281 $ par kilowatt par heure en février. Additionnées, les données publiées par les mineurs donnent 20 822,62 gigawattheures consommés sur les quatre premiers mois de l’année.',
        heading: 'L’énergie qui soutient le bitcoin',
      },
    ],
    expect: [
      o('2,7 milliards de dollars', 2.7e9),
      o('2,7 milliards de dollars', 2.7e9),
      o('0,1281 $', 0.1281),
    ],
  },
];
