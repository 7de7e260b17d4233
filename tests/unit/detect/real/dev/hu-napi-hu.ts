import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.napi.hu/tozsdek-piacok/musk-tesla-auto-alagyujtott-bitcoin-raketanak.723039.html',
    lang: 'hu',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Musk alágyújtott a bitcoin-rakétának',
    blocks: [
      'Az elmúlt hónapokban amúgy is nagyot menetelő bitcoin árfolyamának hatalmas lökést adott hétfőn a Tesla bejelentése. E szerint a cég nemcsak bevásárolt a kriptodevizából, de ezentúl azzal fizetni is lehet az autóiért.',
      'A múlt pénteki, valamivel 40 ezer dollár alatti szintről ma reggelre már 48 ezer dollár fölé rántották a bitcoin árfolyamát, a lökést ezúttal a Tesla tegnapi bejelentése adta meg a kriptodeviza kurzusának.',
      'Az elmúlt hónapokban amúgy is nagy keresettségnek örvendő kriptodeviza - amelynek értéke fél év alatt megnégyszereződött dollárban számolva - újabb nagy menetelését előidéző bejelentés szerint a világ jelenleg legértékesebb autógyártó cége 1,5 milliárd dollár értékben vásárolt be bitcoinból.',
    ],
    expect: [p('40 ezer dollár', 40000), p('48 ezer dollár', 48000), o('1,5 milliárd dollár', 1.5e9)],
  },
];
