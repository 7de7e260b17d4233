import { o, type RealCase } from '../labels';

// French mining-hardware guide: a home GPU rig's daily power bill and amortisation in euros and cents; no BTC price.
export const cases: RealCase[] = [
  {
    url: 'https://coinaute.com/materiel-minage-bitcoins-ethereum',
    lang: 'fr',
    tags: ['prose', 'format'],
    blocks: [
      {
        text: "L'AMD Radeon RX 470 consomme jusqu'à 120 watts en charge ; pour six cartes de ce type et une carte mère LGA1151, il faut compter environ 800 watts. Avec 24 heures de fonctionnement, cela donne 22,6 kilowattheures (kWh) par jour. Si vous payez 29 cents par kWh, le mineur doit livrer des cryptomonnaies de plus de 6,60 euros par jour pour sortir de la zone de perte – mais c'est toujours sans compter les coûts de matériel.",
        heading: "Beaucoup de puissance = beaucoup d'électricité",
      },
      {
        text: "Si l'on dépense, par exemple, 2100 euros pour les composants et qu'ils sont compétitifs pendant deux années complètes, il faut ajouter environ 2,90 euros par jour pour l'amortissement du matériel. Ainsi, pour qu'une mini-grille soit rentable, elle devrait fonctionner sans problème 24 heures sur 24 pendant deux ans et générer des cryptomonnaies d'une valeur d'un peu moins de 10 euros par jour, à un prix constant de l'électricité de 29 ct/kWh.",
        heading: "Beaucoup de puissance = beaucoup d'électricité",
      },
      {
        text: "Compte tenu de la fluctuation rapide des prix, le minage de cryptomonnaies reste un investissement risqué : dans l'exemple ci-dessus, on dépense 2100 euros en matériel et 2400 euros supplémentaires par an en frais d'électricité. Si le prix des cryptomonnaies chute radicalement, l'exploitation du mineur devient soudainement non rentable.",
        heading: "Beaucoup de puissance = beaucoup d'électricité",
      },
    ],
    expect: [
      o('29 cents', 0.29, 'EUR'),
      o('6,60 euros', 6.6, 'EUR'),
      o('2100 euros', 2100, 'EUR'),
      o('2,90 euros', 2.9, 'EUR'),
      o('10 euros', 10, 'EUR'),
      o('29 ct', 0.29, 'EUR'),
      o('2100 euros', 2100, 'EUR'),
      o('2400 euros', 2400, 'EUR'),
    ],
  },
];
