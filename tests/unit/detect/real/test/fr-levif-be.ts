import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://trends.levif.be/economie/banque-et-finance/le-cours-du-bitcoin-passe-sous-les-30-000-dollars/article-news-1383277.html',
    lang: 'fr',
    tags: ['prose', 'anaphora'],
    title: 'Le cours du bitcoin passe sous les 30.000 dollars',
    blocks: [
      'Le cours du bitcoin passe sous les 30.000 dollars',
      'Dans la nuit de jeudi à vendredi, le bitcoin a glissé sous le seuil des 30.000 dollars, à 29.000 dollars, une première depuis plusieurs semaines.',
      "La plus célèbre des cryptomonnaies pourrait encore reculer après des mois d'envolée.",
      'Voici deux semaines, elle avait établi son record absolu à plus de 41.000 dollars.',
      'Fin 2017, son cours frôlait les 20.000 dollars avant de retomber à 4.000 dollars à la mi-2018.',
    ],
    expect: [
      p('30.000 dollars', 30000),
      p('30.000 dollars', 30000),
      p('29.000 dollars', 29000),
      p('41.000 dollars', 41000),
      p('20.000 dollars', 20000),
      p('4.000 dollars', 4000),
    ],
  },
];
