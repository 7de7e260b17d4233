import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://fx.co/fr/amp/analysis/359161',
    lang: 'fr',
    tags: ['prose', 'format', 'anaphora'],
    title: 'Analyse technique du Bitcoin',
    blocks: [
      "Le Bitcoin s'échange vers 61,266 sous une forte pression vendeuse. Durant la séance européenne, il a tenté de percer le haut du canal baissier formé depuis le 30 mars, vers 64,700.",
      'Depuis début avril, il a connu une nette correction technique et le prix se consolide autour du seuil psychologique de 60,000$.',
      'Si la baisse se prolonge, il pourrait trouver un bon support vers le bas du canal baissier formé depuis le 10 mars, autour de 58,500$.',
      "En cas de cassure franche, le prix pourrait plonger vers le bas du canal secondaire, autour de 54,200$. La cryptomonnaie pourrait même glisser jusqu'à la moyenne mobile exponentielle 200, à 51,944$.",
      "À l'inverse, si le Bitcoin sort du canal et se maintient au-dessus de 65,000$, il pourrait viser 6/8 de Murray à 68,750 et le niveau psychologique de 70,000$.",
      'Tant que le BTC reste sous 64,727$, nous chercherons à vendre les rebonds.',
    ],
    expect: [
      p('60,000$', 60000),
      p('58,500$', 58500),
      p('54,200$', 54200),
      p('51,944$', 51944),
      p('65,000$', 65000),
      p('70,000$', 70000),
      p('64,727$', 64727),
    ],
  },
  {
    url: 'https://m.fx.co/fr/analysis/400194',
    lang: 'fr',
    tags: ['prose', 'anaphora'],
    title: 'Analyse technique du Bitcoin',
    blocks: [
      'Le Bitcoin se traite vers 68 750 $, en consolidation après trois essais ratés pour sortir du canal baissier en place depuis le 28 février.',
      'Une poussée haussière pourrait viser le niveau 4/8 Murray, vers 75 000 $.',
      'Si les vendeurs reprennent la main, le Bitcoin pourrait rejoindre le 2/8 Murray vers 62 500 $, voire le plus bas du 5 février, aux alentours de 60 000 $.',
      "S'il se consolide au-dessus du seuil psychologique des 70 000 $, nous viserions 75 000 $ puis la zone de l'EMA 200, vers 81 250 $.",
    ],
    expect: [
      p('68 750 $', 68750),
      p('75 000 $', 75000),
      p('62 500 $', 62500),
      p('60 000 $', 60000),
      p('70 000 $', 70000),
      p('75 000 $', 75000),
      p('81 250 $', 81250),
    ],
  },
];
