import { p, type RealCase } from '../labels';

const H = ['Einheit', 'Bitcoin (BTC)', 'Beschreibung'];
const row = (unit: string, btc: string, desc: string) =>
  [unit, btc, desc].map((text, i) => ({ text, header: H[i], row: unit }));

export const cases: RealCase[] = [
  {
    url: 'https://www.kryptovergleich.de/kryptowaehrungen/bitcoin/rechner',
    lang: 'de',
    tags: ['table', 'label-value'],
    title: 'Bitcoin Rechner',
    blocks: [
      {
        text: 'Umrechnungstabelle der Bitcoin Einheiten',
        heading: 'Umrechnungstabelle der Bitcoin Einheiten',
      },
      ...row('Bitcoin (BTC)', '1', 'Basiseinheit'),
      ...row('Millibitcoin (mBTC)', '0,001', '1 mBTC ist 1/1.000 von einem Bitcoin'),
      ...row('Microbitcoin (Bit)', '0,000001', '1 Bit ist 1/1.000.000 von einem Bitcoin'),
      ...row('Satoshi (Sat)', '0,00000001', '1 Sat ist 1/100.000.000 von einem Bitcoin'),
      {
        text: 'Wo kann man Bitcoin zum günstigsten Preis kaufen?',
        heading: 'Wo kann man Bitcoin zum günstigsten Preis kaufen?',
      },
      {
        text: 'Bitvavo bietet mit 26.189,00 € den günstigsten Preis für 1 Bitcoin (BTC). Auf unserem Rechner vergleichen wir die Bitcoin-Preise einiger beliebter Anbieter.',
        heading: 'Wo kann man Bitcoin zum günstigsten Preis kaufen?',
      },
    ],
    expect: [p('26.189,00 €', 26189, 'EUR')],
  },
];
