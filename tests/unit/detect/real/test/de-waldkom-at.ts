import { o, type RealCase } from '../labels';

// Austrian blog: the price of an ASIC miner; "tausende Euro" has no number and is not labelled.
export const cases: RealCase[] = [
  {
    url: 'https://waldkom.at/lohnt-sich-das-schurfen-von-bitcoins',
    lang: 'de',
    tags: ['prose'],
    title: 'Lohnt sich das Schürfen von Bitcoins?',
    blocks: [
      {
        heading: 'Ausrüstung braucht Investitionen',
        text: 'Bitcoins und andere Kryptowährungen entstehen, indem ein Computer komplizierte Rechenaufgaben löst. Die meisten Miner benutzen eigens dafür konfigurierte Rechner, die nicht günstig sind. Man muss mit Kosten von etwa 2.000 Euro für einen sogenannten ASIC-Miner rechnen.',
      },
      {
        heading: 'Stromkosten sind der größte Faktor',
        text: 'Wer in Europa Kryptos schürfen will, sollte sich seinen Strompreis genau anschauen. Hier kommen schnell tausende Euro zusammen. Für einen Bitcoin können bis zu 42.000 KWh benötigt werden.',
      },
    ],
    expect: [o('2.000 Euro', 2000, 'EUR')],
  },
];
