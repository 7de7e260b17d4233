import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.vg.hu/penz-es-tokepiac/2025/11/bitcoin-hihetetlen-lejtmenetben',
    lang: 'hu',
    tags: ['prose', 'anaphora', 'format'],
    blocks: [
      'Több mint fél éve nem látott mélységekben keresi önmagát a bitcoin: az első számú kriptodeviza az októberi történelmi csúcsáról már több mint 30 százalékot esett az elmúlt másfél hónapban, és a napokban már az sem tűnik kizártnak, hogy a 110, majd a 100 ezres lélektani határ után a 90 ezres szintet is tartósan letöri a kurzus.',
      'A 90 ezer dolláros szint egyelőre megfogta a bitcoint',
      'A bitcoin kedd reggel néhány órára már benézett a 89 500 dolláros árfolyamszint környékére, onnan viszont viszonylag gyorsan visszahódította a 90 ezres sávot, ám számottevően nem tudott tovább emelkedni: a 92 ezres ellenállás túl erősnek bizonyult, és ismét lefelé fordította a token menetét.',
      'míg az amerikai részvénypiac a csúcsról mindössze 5-7 százalékot esett,',
    ],
    expect: [
      p('110', 110000),
      p('100 ezres', 100000),
      p('90 ezres', 90000),
      p('90 ezer dolláros', 90000),
      p('89 500 dolláros', 89500),
      p('90 ezres', 90000),
      p('92 ezres', 92000),
    ],
  },
  {
    url: 'https://www.vg.hu/penzugy/penzugyi-hirek/a-bitcoin-beelozte-a-vilag-ket-legnagyobb-oriasanak-osszerteket-3624631/',
    lang: 'hu',
    tags: ['prose', 'anaphora', 'format'],
    title: 'A bitcoin beelőzte a világ két legnagyobb óriásának összértékét',
    blocks: [
      'Az Origo cikke szerint a bitcoin összértéke ma már nagyobb, mint a világ két legnagyobb fizetési hálózatát működtető vállalat együttes értéke.',
      'Mint írták, a piacon forgó összes bitcoin együttes értéke ma már több mint 1000 milliárd dollár, amivel számos óriásvállalat piaci értékét simán maga mögé utasítja.',
      'Ráadásul a kriptovaluta összértéke ma már magasabb, mint a Visa és a Mastercard együttes piaci értéke (közösen 871 milliárd dollár).',
      'Az összevetések azt is megmutatják, hogy a növekedés üteme is lenyűgöző: 3,6-szor gyorsabban érte el az 1000 milliárd dolláros értéket, mint a Microsoft.',
      'A kriptovaluta értéke magasabb volt, mint a világ három legnagyobb bankjának együttes kapitalizációja, amikor az árfolyam nemrég megütötte a 61.700 dolláros mindenkori csúcsot, az összértéke pedig durván 1150 milliárd dollár volt.',
      'Ezzel szemben a JPMorgan, a Bank of America és az Industrial and Commercial Bank of China együttes kapitalizációja 1080 milliárd dollár volt.',
      'Egy kutatás szerint ahhoz, hogy a kriptovaluta teljesen háttérbe szorítsa az aranyat a világpiacon, durván 590.000 dolláros bitcoin-árfolyamra lenne szükség.',
    ],
    expect: [
      o('1000 milliárd dollár', 1e12),
      o('871 milliárd dollár', 8.71e11),
      o('1000 milliárd dolláros', 1e12),
      p('61.700 dolláros', 61700),
      o('1150 milliárd dollár', 1.15e12),
      o('1080 milliárd dollár', 1.08e12),
      p('590.000 dolláros', 590000),
    ],
  },
];
