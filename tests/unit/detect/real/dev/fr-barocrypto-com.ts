import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.barocrypto.com/le-prix-du-ripple-chute-de-15-le-global-marketcap-perd-40-milliards-m484',
    lang: 'fr',
    tags: ['change', 'prose', 'format'],
    title: 'Le prix du Ripple chute de 15%, le global Marketcap perd 40 milliards',
    blocks: [
      {
        text: 'Le mercredi 5 septembre, les amateurs de crypto ont assisté à un événement inattendu : la chute du Bitcoin d’environ 400 dollars en quelques minutes à peine. Les prix des altcoins étant corrélés à celui de la cryptomonnaie phare, ils ont eux aussi baissé, et le Ripple n’y a pas échappé.',
        heading: 'Le Ripple chute au plus bas',
      },
      {
        text: 'La tendance baissière a débuté mercredi vers midi, quand la devise se négociait encore à 0,330 dollar. Deux heures plus tard, la paire XRP/USD était à 0,302 dollar. Après un deuxième « dump », le XRP est tombé à 0,276 dollar avant de repasser au vert, à 0,2841 dollar au moment de l’écriture.',
        heading: 'Le Ripple chute au plus bas',
      },
      {
        text: 'La capitalisation boursière totale a pris un sacré coup, perdant près de 40 milliards de dollars en un peu plus d’une demi-journée.',
        heading: 'Le global Marketcap s’écroule',
      },
    ],
    expect: [
      o('400 dollars', 400),
      o('0,330 dollar', 0.33),
      o('0,302 dollar', 0.302),
      o('0,276 dollar', 0.276),
      o('0,2841 dollar', 0.2841),
      o('40 milliards de dollars', 40e9),
    ],
  },
];
