import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.hb9fdt.ch/index.php/privat/krypto-bitcoin-co/133-schwankungen',
    lang: 'de-CH',
    tags: ['prose', 'format'],
    title: 'Schwankungen',
    blocks: [
      'Der Bitcoin startete 2009 mit einem festgelegten Wert von 10 Dollarcent. 2021 schwankte der Preis für einen Bitcoin zwischen 29000 und 64000 US-Dollar. Die Ausschläge hängen damit zusammen, dass noch eher wenig Kapital in Bitcoins steckt, derzeit rund eine Trilliarde (Tausend Milliarden) Dollar.',
    ],
    expect: [
      p('10 Dollarcent', 0.1),
      p('29000', 29000),
      p('64000 US-Dollar', 64000),
      o('eine Trilliarde (Tausend Milliarden) Dollar', 1e12),
    ],
  },
];
