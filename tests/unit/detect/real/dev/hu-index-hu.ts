import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://index.hu/tech/2017/05/09/atlepte_az_1600_dollaros_hatart_a_bitcoin/',
    lang: 'hu',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Átlépte az 1600 dolláros határt a bitcoin',
    blocks: [
      'Hétfőn elérte, majd túl is lépte az 1600 dolláros tőzsdei lélektani határt a bitcoin értéke, írja a CNBC. A legnépszerűbb digitális valuta nagyjából 458 000 forintot ér, egy uncia arany pedig jelenleg körülbelül 350 000 Ft-ot ér.',
      'Egy, a CNBC-nek nyilatkozó befektető szerint a bitcoin menetelése belátható időn belül aligha áll meg: 8-14 hónap múlva akár négyezer dollárt (1,14 millió forintot) is elkérhetnek egyetlen bitcoinért.',
      'A bitcoin április óta ismét töretlenül emelkedik, az elmúlt 30 napban 33 százalékkal nőtt az árfolyama.',
    ],
    expect: [
      p('1600 dolláros', 1600),
      p('458 000 forintot', 458000, 'HUF'),
      o('350 000 Ft-ot', 350000, 'HUF'),
      p('négyezer dollárt', 4000),
      p('1,14 millió forintot', 1140000, 'HUF'),
    ],
  },
  {
    url: 'http://index.hu/tech/2017/03/03/a_bitcoin_mar_tobbet_er_mint_az_arany/',
    lang: 'hu',
    tags: ['prose', 'anaphora', 'format'],
    title: 'A bitcoin már többet ér, mint az arany',
    blocks: [
      'A bitcoin értéke története során most először előzte meg az aranyét – írja a BBC. A legnépszerűbb digitális valuta csütörtökön 1268 dolláros áron zárt, egy troy uncia (31,1 gramm) arany viszont csak 1233 dollárt ért. Ez azt jelenti, hogy egy bitcoin nagyjából 373 ezer, egy uncia arany pedig 363 ezer forintot ért.',
      'A mostani felívelés elsősorban a növekvő kínai keresletnek köszönhető: a helyi hatóságok szerint a kínaiak bitcoinban menekítik ki a pénzüket az országból.',
    ],
    expect: [
      p('1268 dolláros', 1268),
      o('1233 dollárt', 1233),
      p('373 ezer', 373000, 'HUF'),
      o('363 ezer forintot', 363000, 'HUF'),
    ],
  },
  {
    url: 'https://index.hu/gazdasag/2021/02/19/kriptodevizak-bitcoin-rekord-altcoinok/',
    lang: 'hu',
    tags: ['prose', 'format'],
    blocks: [
      'Pénteken újabb csúcsra ért a bitcoin árfolyama: a legnagyobb kapitalizációjú kriptodeviza értéke átlépte az 53 ezer dollárt. Délután fél 5 körül a TeleTrader adatai szerint napi maximuma 53 700 dollár fölött járt, ami új árfolyamcsúcs. Ekkor 13 százalékos heti pluszban állt, az elmúlt három hónapban pedig 200 százalékot emelkedett az értéke.',
      'A bitcoin tavaly december elején még a 20 ezer dolláros szintet ostromolta, és karácsony előtt át is törte. Akkor – december közepén – Debreczeni Barnabás, a Magyar Bitcoin Egyesület elnökségi tagja azt mondta az Indexnek, hogy a bitcoin árfolyamának plafonja 2021-ben valahol 50 és 100 ezer dollár között várható. „Ez óvatos becslés, az intézményi befektetők elemzői 300–400 ezer dolláros prognózist mondanak a csúcsra, szerintem ez azért túlzó” – tette hozzá akkor.',
    ],
    expect: [
      p('53 ezer dollárt', 53000),
      p('53 700 dollár', 53700),
      p('20 ezer dolláros', 20000),
      p('50', 50000),
      p('100 ezer dollár', 100000),
      p('300', 300000),
      p('400 ezer dolláros', 400000),
    ],
  },
  {
    url: 'https://index.hu/gazdasag/2021/02/23/bitcoin-kriptodevizapiac/',
    lang: 'hu',
    tags: ['prose', 'change', 'format'],
    blocks: [
      'Hétfőn még az 1700 milliárd dollárt súrolta alulról a teljes kriptodeviza-piac kapitalizációja, 24 órával később viszont már csak 1430 milliárd dollár környékén állt. Ez közel 15 százalékos visszaesés,',
      'mintegy 260 milliárd dollárnyi mínusz egyetlen nap leforgása alatt.',
      'Összehasonlításképpen: a 2019-es magyar GDP 163,5 milliárd dollár volt.',
      'A legnagyobb kapitalizációjú kriptodeviza, a bitcoin árfolyama is nagyot esett hétfőn, pedig a múlt héten – története során először – a kapitalizációja meghaladta az ezermilliárd dollárt, árfolyama pedig újabb csúcsra ért, az 58 ezer dollárt is túllépte.',
    ],
    expect: [
      o('1700 milliárd dollárt', 1.7e12),
      o('1430 milliárd dollár', 1.43e12),
      o('260 milliárd dollárnyi', 2.6e11),
      o('163,5 milliárd dollár', 1.635e11),
      o('ezermilliárd dollárt', 1e12),
      p('58 ezer dollárt', 58000),
    ],
  },
];
