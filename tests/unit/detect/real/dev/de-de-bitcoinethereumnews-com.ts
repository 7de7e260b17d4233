import { o, p, type RealCase } from '../labels';

const url =
  'https://de.bitcoinethereumnews.com/crypto/el-salvador-buys-80-more-bitcoins-for-1-5-million-crypto-news/';
const title = 'El Salvador kauft 80 weitere Bitcoins für 1.5 Millionen Dollar – crypto.news';

export const cases: RealCase[] = [
  {
    url,
    lang: 'de',
    tags: ['prose', 'format'],
    title,
    blocks: [
      'El Salvador kauft 80 weitere Bitcoins für 1.5 Millionen Dollar – crypto.news',
      'Der Präsident von El Salvador, Nayib Bukele, sagte heute, dass das mittelamerikanische Land weitere 80 Bitcoins zu je 19,000 Dollar gekauft hat.',
    ],
    expect: [o('1.5 Millionen Dollar', 1.5e6), p('19,000 Dollar', 19000)],
  },
  {
    url,
    lang: 'de',
    tags: ['prose', 'format'],
    title,
    blocks: [
      'Die Bitcoin-Reserve von El Salvador verliert die Hälfte ihres Wertes',
      'El Salvadors letzter BTC-Kauf war am 9. Mai: Das Land kaufte 500 BTC, die durchschnittlich 30,744 $ kosteten, ein Geschäft von etwa 15.3 Millionen US-Dollar. Vor der heutigen Übernahme hatte El Salvador 103.9 Millionen Dollar ausgegeben, um 2,301 BTC zu erwerben.',
    ],
    expect: [
      p('30,744 $', 30744),
      o('15.3 Millionen US-Dollar', 15.3e6),
      o('103.9 Millionen Dollar', 103.9e6),
    ],
  },
];
