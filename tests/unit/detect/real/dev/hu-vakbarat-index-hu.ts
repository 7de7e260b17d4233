import { o, p, type RealCase } from '../labels';

// Index.hu's accessible-edition host, a morning market brief on a crypto sell-off. Bitcoin levels carry
// Hungarian case endings ("55 ezerről"); ether levels and whole-market capitalisations (one of them set
// off as its own bold line) are other.
export const cases: RealCase[] = [
  {
    url: 'https://vakbarat.index.hu/gazdasag/2021/05/19/bitcoin-kriptopiac-kriptodevizak',
    lang: 'hu',
    tags: ['prose', 'format'],
    blocks: [
      'Szerda reggelre tovább estek a legnagyobb kriptodevizák, a teljes piaci kapitalizáció pedig újra 2000 milliárd dollár alá zuhant.',
      'A bitcoin árfolyama több mint 10 százalékos eséssel becsúszott 40 ezer dollár alá a Coinmarketcap adatai szerint. Szerda reggel fél 8 körül 39 700 dollár körül forgott a legjelentősebb kriptodeviza, holott egy hete még 55 ezer dollár felett járt.',
      'A második legnagyobb, az ethereum is nagyot esett: árfolyama szerdán már 3 ezer dollár alatt is járt – pár napja még 4 ezer dollár felett állt, és árfolyamcsúcsokat döntött.',
      'A teljes kriptopiac kapitalizációja szerda reggel valamivel több mint 1840 milliárd dollárt tett ki – egy hete még 2500 milliárd dollár felett volt, azaz',
      'közel 700 milliárd dollár tűnt el a kriptopiacról.',
      'Hétfőn írtuk meg, hogy a bitcoin esésének okai között Elon Muskot emlegetik: a Tesla vezére bejelentette, hogy mégsem lehet bitcoinnal fizetni a Teslákért. Ez május 12-én történt, azóta folyamatosan esik az árfolyam: 55 ezerről indult, hétfő délután 45 ezer dollár környékén mozgott, szerda reggel pedig már 40 ezer dollár alá kúszott.',
    ],
    expect: [
      o('2000 milliárd dollár', 2e12),
      p('40 ezer dollár', 40000),
      p('39 700 dollár', 39700),
      p('55 ezer dollár', 55000),
      o('3 ezer dollár', 3000),
      o('4 ezer dollár', 4000),
      o('1840 milliárd dollárt', 1.84e12),
      o('2500 milliárd dollár', 2.5e12),
      o('700 milliárd dollár', 7e11),
      p('55 ezerről', 55000),
      p('45 ezer dollár', 45000),
      p('40 ezer dollár', 40000),
    ],
  },
];
