import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.cryptosua.com/?p=3829',
    lang: 'fr',
    tags: ['prose', 'format'],
    title: 'Strategy achète 245 BTC pour 26 millions de dollars',
    blocks: [
      "Alors que la guerre entre Israël et l'Iran fait douter le marché, le patron de Strategy annonce l'achat de 245 BTC pour 26 millions de dollars.",
      'Selon un document déposé à la SEC, Strategy a acquis 245 BTC pour 26 millions de dollars entre le 17 et le 22 juin 2025, soit un prix moyen de 105 856 dollars par unité.',
      'La société détient désormais 592 345 BTC, achetés pour 41,9 milliards de dollars au total à un prix moyen de 70 681 dollars.',
      "Il avait promis en 2024 de continuer même si le cours touchait 1 million de dollars l'unité ! Il estime même que le cours pourrait atteindre 21 millions de dollars d'ici 21 ans.",
    ],
    expect: [
      o('26 millions de dollars', 26e6),
      o('26 millions de dollars', 26e6),
      p('105 856 dollars', 105856),
      o('41,9 milliards de dollars', 41.9e9),
      p('70 681 dollars', 70681),
      p('1 million de dollars', 1e6),
      p('21 millions de dollars', 21e6),
    ],
  },
  {
    url: 'https://www.cryptosua.com/bitcoin-sous-les-100-000-alerte-la-banque-standard-chartered',
    lang: 'fr',
    tags: ['label-value', 'prose'],
    title: 'Bitcoin sous les 100 000 $ ? Alerte la banque Standard Chartered',
    blocks: [
      "D'après Standard Chartered, Bitcoin va casser les 100 000 $ dans les prochains jours, un décrochage éclair qui serait peut-être le dernier avant l'envol.",
      'La course vers les 126 000 $, atteints début octobre, a été stoppée net par la guerre commerciale sino-américaine.',
      'Kendrick maintient ses prévisions de long terme sur le roi du marché :',
      '- BTC: 200 000 $ d’ici fin 2025',
      '- BTC: 500 000 $ d’ici 2028',
    ],
    expect: [p('100 000 $', 100000), p('126 000 $', 126000), p('200 000 $', 200000), p('500 000 $', 500000)],
  },
];
