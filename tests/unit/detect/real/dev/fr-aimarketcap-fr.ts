import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://aimarketcap.fr/?p=50135',
    lang: 'fr',
    tags: ['cost', 'prose'],
    title: 'Miner le bitcoin à but lucratif ? Cela dépend de qui paie la facture d’électricité',
    blocks: [
      'Avec un Bitcoin à 81 626 $, sous les 82 000 $, les coûts de minage des grandes sociétés cotées révèlent de forts écarts : certaines extraient le bitcoin pour une fraction de la moyenne du réseau.',
      {
        text: "Le 11 mars 2025, le prix spot est tombé à un creux de 81 626 $. Macromicro.me estimait au 9 mars le coût moyen d'extraction d'un BTC à 85 233 $. Les coûts par pièce déclarés par les grands mineurs cotés vont pourtant de 21 000 $ à plus de 48 000 $.",
        heading: 'Miner le bitcoin à but lucratif? Cela dépend de qui paie la facture d’électricité',
      },
      "Macromicro.me s'appuie sur l'indice de Cambridge, avec un tarif mondial de 0,05 $ par kilowatt-heure. Le chiffre de 85 233 $ donne donc une vision très large.",
    ],
    expect: [
      p('81 626 $', 81626),
      p('82 000 $', 82000),
      p('81 626 $', 81626),
      c('85 233 $', 85233),
      c('21 000 $', 21000),
      c('48 000 $', 48000),
      o('0,05 $', 0.05),
      c('85 233 $', 85233),
    ],
  },
  {
    url: 'https://aimarketcap.fr/les-mineurs-de-bitcoin-approchent-une-capitalisation-boursiere-de-40-milliards-de-dollars-alors-que-les-difficultes-sannoncent-pour-une-cinquieme-augmentation-consecutive',
    lang: 'fr',
    tags: ['prose', 'format'],
    title: 'Les mineurs de Bitcoin approchent une capitalisation boursière de 40 milliards de dollars',
    blocks: [
      "D'après Farside, les mineurs de Bitcoin (BTC) cotés approchent une capitalisation cumulée de 40 milliards de dollars, deux fois plus qu'il y a sept mois.",
      'En avril, quand la récompense a été divisée par deux, leur capitalisation combinée tournait autour de 20 milliards de dollars. Seuls 450 bitcoins sont extraits chaque jour et les frais restent au plus bas, à 10 BTC (946 000 $) le 27 novembre selon Glassnode.',
      'Ils doivent donc diversifier leurs revenus ou produire en dessous du prix au comptant, actuellement vers 96 000 dollars.',
    ],
    expect: [
      o('40 milliards de dollars', 40e9),
      o('20 milliards de dollars', 20e9),
      o('946 000 $', 946000),
      p('96 000 dollars', 96000),
    ],
  },
];
