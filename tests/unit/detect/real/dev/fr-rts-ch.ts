import { o, p, type RealCase } from '../labels';

// Swiss French TV news: the coin's rise "à plus de 30'000 dollars l'unité", then sums invested and lost.
export const cases: RealCase[] = [
  {
    url: 'https://rts.ch/info/economie/11930284-des-fortunes-senvolent-a-cause-de-bitcoins-perdus-ou-voles.html',
    lang: 'fr',
    tags: ['prose', 'format', 'anaphora'],
    title: "Des fortunes s'envolent à cause de Bitcoins perdus ou volés",
    blocks: [
      "Des fortunes s'envolent à cause de Bitcoins perdus ou volés",
      "Le Bitcoin est la monnaie cryptée qui s'impose petit à petit dans le monde réel. Par exemple pour payer ses impôts comme à Zoug, ou régler ses achats en ligne. Et son cours explose: de quelques centimes il y a dix ans, il est passé à plus de 30'000 dollars l'unité.",
      "Pour prendre la mesure de cette inflation, imaginez avoir acheté pour 100 dollars de Bitcoins en septembre 2010. Aujourd'hui, cette somme atteindrait environ cinquante millions de dollars.",
      'Il fait partie des nombreuses personnes à qui il est arrivé de perdre des Bitcoins. La clef est perdue à jamais. "Peut-être qu\'aujourd\'hui ça vaut 500 francs". Pour Alexis Roussel, le manque à gagner est raisonnable.',
    ],
    expect: [
      p("30'000 dollars", 30000),
      o('100 dollars', 100),
      o('cinquante millions de dollars', 50000000),
      o('500 francs', 500, 'CHF'),
    ],
  },
];
