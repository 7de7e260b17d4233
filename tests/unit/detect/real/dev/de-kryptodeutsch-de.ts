import { c, o, type RealCase } from '../labels';

const url = 'https://kryptodeutsch.de/wie-energiepreise-ihre-mining-strategie-bestimmen';
const title = 'Wie Energiepreise Ihre Mining-Strategie bestimmen';

export const cases: RealCase[] = [
  {
    url,
    lang: 'de',
    tags: ['prose', 'format'],
    title,
    blocks: [
      'Stellen Sie bei Ihrer nächsten Mining-Entscheidung die Stromkosten an erste Stelle. Schon ein Anstieg um einen Cent pro Kilowattstunde kann ein bisher profitables Bitcoin-Mining unwirtschaftlich machen.',
    ],
    expect: [o('einen Cent', 0.01, 'EUR')],
  },
  {
    url,
    lang: 'de',
    tags: ['cost', 'format'],
    title,
    blocks: [
      'Kosten pro Coin berechnen',
      'Rechnen Sie Ihre Kosten pro Coin so: (Strompreis pro kWh × täglicher Verbrauch in kWh) / tägliche Coin-Produktion. Ein Rig mit 1 TH/s und 3 kWh Verbrauch kostet bei deutschen Strompreisen von 0,32 €/kWh etwa 2,30 € pro Tag. Schürfen Sie damit 0,0005 BTC täglich, liegen Ihre Kosten pro Coin bei 4.600 €. Dieser Wert ist ein zentraler Indikator für die Rentabilität.',
    ],
    expect: [o('0,32 €', 0.32, 'EUR'), o('2,30 €', 2.3, 'EUR'), c('4.600 €', 4600, 'EUR')],
  },
];
