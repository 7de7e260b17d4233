import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.tradingkey.com/de/news/krypto/261586157-Cryptopolitan',
    lang: 'de',
    tags: ['cost', 'prose', 'format'],
    title: 'JPMorgan: Bitcoin-Produktionskosten sinken auf 77.000 US-Dollar',
    blocks: [
      'JPMorgan schätzt, dass die Produktionskosten für einen Bitcoin seit Jahresbeginn von 90.000 auf 77.000 US-Dollar gesunken sind, weil die Hashrate im Netzwerk zurückgegangen ist.',
      'In der Vergangenheit wirkte dieser Kostenfaktor wie ein „weicher Preisboden“: Der Kurs findet oft in der Nähe dieses Niveaus Unterstützung, da Miner ungern unter ihren Produktionskosten verkaufen.',
      'Die Mining-Schwierigkeit ist in diesem Jahr bisher um etwa 15 % gesunken, so die Analysten um Nikolaos Panigirtzoglou.',
    ],
    expect: [c('90.000', 90000), c('77.000 US-Dollar', 77000)],
  },
];
