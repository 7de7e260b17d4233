import { c, p, type RealCase } from '../labels';

const H = 'Les pays d’Afrique et du Moyen-Orient propices au minage';

export const cases: RealCase[] = [
  {
    url: 'https://clubic.com/bitcoin/actualite-429861-la-rentabilite-du-minage-de-crypto-c-est-surtout-une-affaire-de-geographie.html',
    lang: 'fr',
    tags: ['cost', 'prose', 'format'],
    title: 'La rentabilité du minage de crypto, c’est surtout une affaire de géographie',
    blocks: [
      'Le rapport de 911 Metallurgist, cabinet de conseil dans l’exploitation de l’énergie, éclaire l’état du minage de bitcoin, d’ethereum et de dogecoin dans le monde.',
      'En listant le coût en électricité pour miner un BTC, un ETH et un DOGE, il montre où le minage rapporte et où il devient un gouffre. Le Koweït arrive en tête : y miner un bitcoin ne coûte que 1,394 $.',
      { text: H, heading: H },
      {
        text: 'Le rapport croise le coût de l’électricité de chaque pays et le cours du bitcoin, qui s’appuie sur un support de 20 000 $ depuis mai. Les dix premiers pays sont tous au Moyen-Orient et en Afrique : le Koweït, puis l’Algérie (4,181 $ par bitcoin miné) et le Soudan (4,781 $). En bas du classement, produire un BTC au Venezuela coûterait 246 530,74 dollars.',
        heading: H,
      },
      {
        text: 'Quelques pays européens passent sous la barre des 21 000 $, comme la Suède, les pays baltes et la Roumanie. En France en revanche, miner du bitcoin n’est plus rentable : un seul jeton y demande plus de 27 000 $ en coût de production.',
        heading: H,
      },
      {
        text: 'Les États-Unis restent dans la moyenne, avec de gros écarts entre États : miner un BTC coûte 16 000 $ au Texas et plus de 35 000 $ en Californie, selon le prix local de l’électricité.',
        heading: H,
      },
    ],
    expect: [
      c('1,394 $', 1394),
      p('20 000 $', 20000),
      c('4,181 $', 4181),
      c('4,781 $', 4781),
      c('246 530,74 dollars', 246530.74),
      c('21 000 $', 21000),
      c('27 000 $', 27000),
      c('16 000 $', 16000),
      c('35 000 $', 35000),
    ],
  },
];
