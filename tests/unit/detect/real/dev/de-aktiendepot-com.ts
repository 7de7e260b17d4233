import { p, type RealCase } from '../labels';

// aktiendepot.com: "Bitcoin Rechner" explainer (April 2018); a single euro level "über 5.800 EUR" with a
// dated "Stand" in brackets, then unit talk (mBTC) with no amounts.
const url = 'https://aktiendepot.com/?p=34789';

export const cases: RealCase[] = [
  {
    url,
    lang: 'de',
    tags: ['prose'],
    title: 'Bitcoin Rechner: Bitcoin in EUR und USD umrechnen',
    blocks: [
      'Viele Anleger finden kaum auf Anhieb Informationen zu den Einheiten des Bitcoins, denn auch die Kryptowährung hat Nachkommastellen. Ein Bitcoin (BTC) kostet aktuell über 5.800 EUR (Stand 09.04.2018). Dieser Kurs kommt nicht für alle Anleger infrage; deshalb lohnt es sich zu wissen, was 1 mBTC (Milli-Bitcoin) in EUR kostet.',
    ],
    expect: [p('5.800 EUR', 5800, 'EUR')],
  },
];
