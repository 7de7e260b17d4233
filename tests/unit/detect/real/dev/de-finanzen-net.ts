import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.finanzen.net/nachricht/devisen/aufschwung-am-kryptomarkt-wann-und-wo-ist-bitcoin-mining-profitabel-das-sind-die-margen-beim-bitcoin-mining-12368827',
    lang: 'de',
    tags: ['prose', 'anaphora'],
    title:
      'Aufschwung am Kryptomarkt: Wann und wo ist Bitcoin-Mining profitabel? Das sind die Margen beim Bitcoin-Mining',
    blocks: [
      {
        heading: 'Bitcoin-Mining: Vier Faktoren entscheiden über Profit',
        text: 'Weil die Miner in Bitcoin entlohnt werden, bestimmt der Stand des Bitcoin ihre Einnahmen. Für jeden Block gibt es derzeit 6,25 Bitcoin. Beim aktuellen Kurs von 28.600 US-Dollar sind das 178.750 Dollar pro Block.',
      },
      {
        heading: 'Bitcoin-Mining: Vier Faktoren entscheiden über Profit',
        text: 'Nach Berechnungen von BTC ECHO, die aktuelle Daten zugrunde legen (Bitcoin-Kurs bei rund 28.000 US-Dollar, Hashrate bei 377.430 Exahashs/s), verdient ein Miner bei einem Strompreis von 0,10 Euro pro Kilowattstunde Geld.',
      },
    ],
    expect: [
      p('28.600 US-Dollar', 28600),
      o('178.750 Dollar', 178750),
      p('28.000 US-Dollar', 28000),
      o('0,10 Euro', 0.1, 'EUR'),
    ],
  },
];
