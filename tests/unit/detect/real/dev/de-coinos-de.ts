import { o, type RealCase } from '../labels';

// Mining-profitability guide: list items with daily power costs, per-kWh prices and hardware prices in "€".
export const cases: RealCase[] = [
  {
    url: 'https://coinos.de/lohnt-sich-bitcoin-mining-eine-umfassende-analyse',
    lang: 'de',
    tags: ['prose', 'format'],
    title: 'Lohnt sich Bitcoin Mining? Eine umfassende Analyse',
    blocks: [
      {
        heading: 'a) Stromkosten',
        text: 'Die Stromkosten sind der größte Kostenfaktor beim Mining. Länder mit günstigen Strompreisen (z. B. Kasachstan, Island oder Teile der USA) sind im Vorteil, während in Ländern mit hohen Stromkosten (z. B. Deutschland mit ca. 0,30 €/kWh) Mining oft unrentabel ist.',
      },
      {
        heading: 'a) Stromkosten',
        text: 'Beispiel: Ein Antminer S19 Pro benötigt ca. 3.250 Watt. Das ergibt tägliche Stromkosten von:',
      },
      { heading: 'a) Stromkosten', text: '23,40 € pro Tag (bei 0,30 €/kWh, wie in Deutschland).' },
      { heading: 'a) Stromkosten', text: '3,90 € pro Tag (bei 0,05 €/kWh, wie in Kasachstan).' },
      {
        heading: 'b) Hardwarekosten',
        text: 'Die Anschaffungskosten für moderne Mining-Hardware (ASIC-Miner) sind hoch. Gängige Geräte kosten zwischen 2.000 € und 10.000 €.',
      },
      { heading: 'b) Hardwarekosten', text: 'Beispiel: Der Antminer S19 Pro (110 TH/s) kostet ca. 3.500 €.' },
    ],
    expect: [
      o('0,30 €/kWh', 0.3, 'EUR'),
      o('23,40 €', 23.4, 'EUR'),
      o('0,30 €/kWh', 0.3, 'EUR'),
      o('3,90 €', 3.9, 'EUR'),
      o('0,05 €/kWh', 0.05, 'EUR'),
      o('2.000 €', 2000, 'EUR'),
      o('10.000 €', 10000, 'EUR'),
      o('3.500 €', 3500, 'EUR'),
    ],
  },
];
