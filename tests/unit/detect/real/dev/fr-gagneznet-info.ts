import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.gagneznet.info/energie-pour-miner-un-bitcoin-cout-et-procedes-rentables-a-lechelle-mondiale',
    lang: 'fr',
    tags: ['cost', 'format', 'anaphora'],
    blocks: [
      '3 000 dollars pour un bitcoin, 20 000 ailleurs : c’est le prix de l’électricité, bien plus que les caprices du marché, qui façonne l’économie souterraine du minage. Malgré l’interdiction officielle, la Chine pèse encore lourd ; l’Islande, elle, attire les mineurs avec son hydroélectricité et sa géothermie.',
      {
        text: 'En Europe, même avec un kilowattheure parmi les plus chers, certaines fermes tiennent bon, y compris en France, mais la rentabilité se calcule désormais au centime près. Tout se joue sur le tarif local et les ressources énergétiques disponibles.',
        heading: 'Le minage de bitcoin : une industrie énergivore à l’échelle mondiale',
      },
    ],
    expect: [c('3 000 dollars', 3000), c('20 000', 20000)],
  },
];
