import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://blog.ultima.io/de/wie-werden-sich-die-kosten-fuer-das-bitcoin-mining-nach-dem-halving-aendern',
    lang: 'de',
    tags: ['cost', 'anaphora', 'format'],
    title: 'Wie werden sich die Kosten für das Bitcoin-Mining nach dem Halving ändern?',
    blocks: [
      'Schon im April steht das Bitcoin-Halving an, durch das die Kosten des BTC-Schürfens von derzeit 26.500 $ auf bis zu 53.000 $ klettern könnten. Der Grund: Die Belohnung pro Block wird von 6,25 auf 3,125 BTC halbiert.',
      'In diesem Szenario könnten die Produktionskosten laut JPMorgan auf 42.000 $ fallen, bei mittleren Stromkosten von 0,05 $ pro kWh. Ein Grund wäre das Abschalten älterer Geräte wie Antminer S9 und Whatsminer M32.',
      'Händler und Investoren nutzen diese Daten, um den zu erwartenden Boden des Bitcoin-Preises abzuschätzen. Analysten sehen 42.000 $ daher als prognostiziertes globales Unterstützungsniveau für den Bitcoin-Preis.',
    ],
    expect: [
      c('26.500 $', 26500),
      c('53.000 $', 53000),
      c('42.000 $', 42000),
      o('0,05 $', 0.05),
      p('42.000 $', 42000),
    ],
  },
];
