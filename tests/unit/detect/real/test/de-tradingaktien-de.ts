import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://tradingaktien.de/schock-fuer-bitcoin-miner-es-ist-aus/',
    lang: 'de',
    tags: ['prose'],
    title: 'Schock für Bitcoin-Miner: Es ist aus!',
    blocks: [
      'In den Anfängen des Bitcoin-Minings konnten einige Pioniere mit dem Schürfen schnelles Geld verdienen. Nach aktuellen Berechnungen lohnt sich das Krypto-Schürfen aber kaum noch: Ausrüstung und teils sehr hohe Strompreise machen es immer unattraktiver. Die meisten Bitcoin-Miner dürften ihre Arbeit niederlegen, sobald der Bitcoin-Preis unter 4.000 Dollar fällt.',
    ],
    expect: [p('4.000 Dollar', 4000)],
  },
];
