import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://www.askanews.it/economia/2018/01/16/nuovo-crollo-del-bitcoin-che-finisce-sotto-i-12-000-dollari-top10_20180116_111545',
    lang: 'it',
    tags: ['prose', 'format', 'anaphora'],
    title: 'Nuovo crollo del Bitcoin che finisce sotto i 12.000 dollari',
    blocks: [
      'Nuovo crollo del Bitcoin che finisce sotto i 12.000 dollari',
      'Lo scorso dicembre aveva superato quota 19 mila',
      "Roma, 16 gen. (askanews) – Altro scivolone del Bitcoin, precipitato all'improvviso sotto quota 12 mila dollari, ai minimi da oltre un mese e mezzo. La cosiddetta criptovaluta ha toccato un minimo a 11.182 dollari secondo Coindesk.",
      'A dicembre il Bitcoin aveva superato quota 19 mila dollari. A settembre restava sotto i 5.000 dollari e un anno fa, a gennaio 2017, sotto i 1.000 dollari.',
    ],
    expect: [
      p('12.000 dollari', 12000),
      p('12 mila dollari', 12000),
      p('11.182 dollari', 11182),
      p('19 mila dollari', 19000),
      p('5.000 dollari', 5000),
      p('1.000 dollari', 1000),
    ],
  },
];
