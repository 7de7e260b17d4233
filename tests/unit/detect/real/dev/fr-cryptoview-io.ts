import { c, p, type RealCase } from '../labels';

const H1 = 'Comprendre les coûts de l’extraction de Bitcoin';
const H2 = 'Coûts de l’extraction de Bitcoin : les hauts et les bas';

export const cases: RealCase[] = [
  {
    url: 'https://www.cryptoview.io/fr/news-fr/combien-coute-l-extraction-de-bitcoin-dans-differents-pays',
    lang: 'fr',
    tags: ['cost', 'label-value', 'format'],
    title: 'Combien coûte l’extraction de Bitcoin dans différents pays ?',
    blocks: [
      'Combien coûte l’extraction de Bitcoin selon les pays ? Une analyse publiée par CoinGecko le 17 août met en lumière de forts contrastes dans le coût mondial du minage de Bitcoin (BTC).',
      { text: H1, heading: H1 },
      {
        text: 'Un mineur individuel aurait besoin d’environ 266 000 kWh d’électricité pour extraire un seul Bitcoin, un travail de près de sept ans. Aux tarifs moyens de l’électricité domestique, extraire 1 BTC coûte environ 46 291 $, soit 35 % de plus que le prix quotidien moyen d’un BTC, qui était de 30 090,08 $ en juillet 2023.',
        heading: H1,
      },
      {
        text: 'Ces coûts varient toutefois fortement selon le pays ou la région. Par exemple :',
        heading: H1,
      },
      { text: 'L’Europe enregistre le coût moyen le plus élevé, à 85 767,84 $', heading: H1 },
      { text: 'L’Asie affiche le coût moyen le plus bas, à 20 635,62 $', heading: H1 },
      { text: H2, heading: H2 },
      {
        text: 'Voici les pays où l’électricité nécessaire pour produire 1 BTC coûte le plus et le moins cher :',
        heading: H2,
      },
      { text: 'Coûts les plus élevés :', heading: H2 },
      { text: 'Italie : 208 560,33 $', heading: H2 },
      { text: 'Autriche : 184 352,44 $', heading: H2 },
      { text: 'Belgique : 172 381,50 $', heading: H2 },
    ],
    expect: [
      c('46 291 $', 46291),
      p('30 090,08 $', 30090.08),
      c('85 767,84 $', 85767.84),
      c('20 635,62 $', 20635.62),
      c('208 560,33 $', 208560.33),
      c('184 352,44 $', 184352.44),
      c('172 381,50 $', 172381.5),
    ],
  },
];
