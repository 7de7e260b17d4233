import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://readwrite.com/de/boersengehandelte-bitcoin-miner-erreichen-marktkapitalisierung-von-43-milliarden-dollar/',
    lang: 'de',
    tags: ['prose', 'format'],
    title: 'Börsengehandelte Bitcoin-Miner erreichen Marktkapitalisierung von 43 Milliarden Dollar',
    blocks: [
      'Die börsennotierten Bitcoin (BTC)-Mining-Firmen haben eine Marktkapitalisierung von weit über 43 Mrd. $ erreicht.',
      'Zum Zeitpunkt dieses Berichts liegt die kumulative Marktkapitalisierung laut Farside Investors bei 43,12 Mrd. USD. Der Wert der Unternehmen hat sich in sieben Monaten mehr als verdoppelt.',
      {
        text: 'Die größte Herausforderung sind die Einnahmen, zumal die Blockprämie im April um 50 % gekürzt wurde. Miner müssen diversifizieren oder günstiger produzieren – zum Glück ist der BTC-Preis zum Zeitpunkt der Erstellung auf etwa 97.000 $ gestiegen.',
        heading: 'Die Details',
      },
    ],
    expect: [o('43 Mrd. $', 43e9), o('43,12 Mrd. USD', 43.12e9), p('97.000 $', 97000)],
  },
];
