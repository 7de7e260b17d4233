import { c, o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://mininghere.com/de',
    lang: 'de',
    tags: ['cost', 'label-value', 'format'],
    blocks: [
      {
        heading: 'Mining-Wirtschaft: Die echten Zahlen',
        text: 'Ob sich Bitcoin-Mining rechnet, entscheiden drei Größen: Stromkosten, Effizienz der Hardware und Bitcoin-Preis. Im Januar 2026, bei einem Hashpreis von ~40 $/PH/s/Tag, sind nur Betriebe mit Strom unter 0,05 $/kWh profitabel.',
      },
      {
        heading: 'Kostenaufschlüsselung pro geschürftem Bitcoin',
        text: '⚠️ Wichtig:\nBei der aktuellen Schwierigkeit (146T) braucht ein Bitcoin rund 850.000 kWh Strom. Zum US-Durchschnittstarif von 0,13 $/kWh sind das über 110.000 $ pro BTC.',
      },
    ],
    expect: [o('40 $', 40), o('0,05 $', 0.05), o('0,13 $', 0.13), c('110.000 $', 110000)],
  },
];
