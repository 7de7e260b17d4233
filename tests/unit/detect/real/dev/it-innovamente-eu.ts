import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://innovamente.eu/guida-completa-al-mining-di-bitcoin-nel-2025',
    lang: 'it',
    tags: ['prose', 'format'],
    title: 'Guida completa al mining di Bitcoin nel 2025',
    blocks: [
      { text: 'Paesi ottimali per il mining di Bitcoin in base ai costi energetici', heading: 'Paesi' },
      "L'analisi comparativa dei costi dell'elettricità mostra forti disparità tra nazioni. In molte regioni i prezzi dell'elettricità oscillano tra 0,10 e 0,20 dollari per kWh, ma alcuni minatori riescono a garantirsi tariffe migliori, tra 0,06 e 0,09 dollari per kWh, spesso grazie alle rinnovabili. L'Islanda, con un costo dell'elettricità di circa 0,15 €/kWh nel primo semestre del 2023 – la metà della media di 0,30 €/kWh dell'area euro – è una destinazione particolarmente attraente per il mining di Bitcoin.",
    ],
    expect: [
      o('0,10', 0.1),
      o('0,20 dollari', 0.2),
      o('0,06', 0.06),
      o('0,09 dollari', 0.09),
      o('0,15 €', 0.15, 'EUR'),
      o('0,30 €', 0.3, 'EUR'),
    ],
  },
];
