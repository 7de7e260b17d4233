import { c, o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.krypto-boersen.com/kosten-fuer-bitcoin-miner-in-den-usa-um-300-in-1-jahr-gestiegen/',
    lang: 'de',
    tags: ['cost', 'prose'],
    title: 'Kosten für Bitcoin-Miner in den USA um 300 % in 1 Jahr gestiegen',
    blocks: [
      'Viele Bitcoin-Miner (BTC) sind im letzten Jahr pleitegegangen, darunter auch der größte börsennotierte Miner, Core Scientific. Nicht nur ist der Bitcoin-Preis 2022 massiv gefallen, auch Energiekosten und Hashrate sind wegen der großen Konkurrenz stark gestiegen.',
      {
        heading: 'Auch in den USA sind die Energiepreise gestiegen',
        text: 'Luxor Mining steht hinter dem Hashrate-Index, der viele für Miner wichtige Kennzahlen verfolgt. Im Report für Q1-2023 zeigt es, wie sich die Energiekosten in den USA auf das Krypto-Mining auswirken. Zwischen einzelnen Bundesstaaten sind die Unterschiede enorm: Im Januar 2023 zahlte man in Kalifornien 168 US-Dollar pro Megawattstunde (MWh), im nahen Idaho dagegen nur 60 US-Dollar.',
      },
      {
        heading: 'Kosten in den USA mindestens verdreifacht',
        text: 'Für die Kosten der Miner sind also viele Faktoren entscheidend. Laut Luxor sind sie in New Mexico am niedrigsten, wo man 16.850 USD für das Mining von 1 BTC zahlt.',
      },
    ],
    expect: [o('168 US-Dollar', 168), o('60 US-Dollar', 60), c('16.850 USD', 16850)],
  },
];
