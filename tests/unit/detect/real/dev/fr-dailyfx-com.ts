import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.dailyfx.com/francais/actualite_forex_trading/technique/articles_de_devises/2020/06/04/BTCUSD-Un-risque-asymetrique-du-Bitcoin-a-10000.html',
    lang: 'fr',
    tags: ['prose', 'format', 'label-value'],
    title: 'BTC/USD : Un risque asymétrique du Bitcoin à 10 000$',
    blocks: [
      'Points-clés de l’article sur le Bitcoin :',
      'La configuration technique reste haussière mais le risque asymétrique sous 10’000$',
      'Le cours du Bitcoin consolide depuis son retour, il y a un mois environ, sur le seuil psychologique des 10’000$. Le BTC/USD bute aussi sur une oblique baissière qui relie les sommets depuis 2017.',
    ],
    expect: [p('10’000$', 10000), p('10’000$', 10000)],
  },
  {
    url: 'https://www.dailyfx.com/francais/actualite_forex_trading/fondamentaux/actualite_forex/2019/11/25/Bitcoin-30-pourcent-en-3-semaines-les-prochains-supports-a-surveiller.html',
    lang: 'fr',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin : -30% en 3 semaines, les prochains supports à surveiller',
    blocks: [
      'Sur le plan technique, le cours du Bitcoin a clôturé la semaine passée sous son support de juin et septembre à 7590$ et sous sa moyenne mobile à 52 semaines.',
      'Le prochain support à surveiller sera celui de 2018 à 5846 dollars, ancienne résistance devenue support.',
      "S'il cède, le plus bas de 2018, qui rejoint le sommet de juin 2017 vers 5000 dollars, prendra le relais. Plus bas encore, la zone suivante serait le sommet de février 2017 à environ 1300 dollars.",
    ],
    expect: [p('7590$', 7590), p('5846 dollars', 5846), p('5000 dollars', 5000), p('1300 dollars', 1300)],
  },
  {
    url: 'https://www.dailyfx.com/francais/actualite_forex_trading/technique/articles_de_devises/2020/02/17/BTC-USD-Le-Bitcoin-recule-apres-avoir-rejoint-une-resistance-majeure-a-10-350.html',
    lang: 'fr',
    tags: ['prose', 'format'],
    title: 'BTC/USD : Le Bitcoin recule après avoir rejoint une résistance majeure à 10 350',
    blocks: [
      'Par rapport au sommet récent à 10 495$, la zone de retracement se situerait entre 9000 et 8500 dollars.',
      "Les perspectives restent haussières jusqu'au plus haut de juin 2019 vers 14 000 dollars tant que le cours tient au-dessus de ses plus bas de l'an dernier vers 6500$.",
    ],
    expect: [
      p('10 495$', 10495),
      p('9000', 9000),
      p('8500 dollars', 8500),
      p('14 000 dollars', 14000),
      p('6500$', 6500),
    ],
  },
];
