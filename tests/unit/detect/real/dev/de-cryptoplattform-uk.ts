import { c, o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptoplattform.uk/s/de/Durchschnittliche+Mining-Kosten/14928',
    lang: 'de',
    tags: ['cost', 'table', 'format'],
    title: 'Durchschnittliche Kosten des Bitcoin-Minings: Eine umfassende Analyse',
    blocks: [
      'Zentral für die Kostenanalyse ist der Preis pro Kilowattstunde (kWh), der von Region zu Region stark schwankt. Für einen Überblick betrachten wir diese Daten:',
      { text: '0,07 USD', header: 'Durchschnittlicher Strompreis (kWh)', row: 'Nordamerika' },
      { text: '8.000 USD', header: 'Durchschnittliche Mining-Kosten pro Bitcoin', row: 'Nordamerika' },
      { text: '0,15 USD', header: 'Durchschnittlicher Strompreis (kWh)', row: 'Europa' },
      { text: '18.000 USD', header: 'Durchschnittliche Mining-Kosten pro Bitcoin', row: 'Europa' },
      { text: '0,05 USD', header: 'Durchschnittlicher Strompreis (kWh)', row: 'Asien' },
      { text: '7.000 USD', header: 'Durchschnittliche Mining-Kosten pro Bitcoin', row: 'Asien' },
      { text: '0,12 USD', header: 'Durchschnittlicher Strompreis (kWh)', row: 'Afrika' },
      { text: '10.000 USD', header: 'Durchschnittliche Mining-Kosten pro Bitcoin', row: 'Afrika' },
    ],
    expect: [
      o('0,07 USD', 0.07),
      c('8.000 USD', 8000),
      o('0,15 USD', 0.15),
      c('18.000 USD', 18000),
      o('0,05 USD', 0.05),
      c('7.000 USD', 7000),
      o('0,12 USD', 0.12),
      c('10.000 USD', 10000),
    ],
  },
];
