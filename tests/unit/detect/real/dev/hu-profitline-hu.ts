import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://profitline.hu/rekordmagas-koltsegek-sujtjak-a-bitcoin-banyaszatot-csak-a-leghatekonyabb-szereplok-maradhatnak-talpon-481131',
    lang: 'hu',
    tags: ['cost', 'prose', 'anaphora', 'format'],
    title:
      'Rekordmagas költségek sújtják a Bitcoin bányászatot – csak a leghatékonyabb szereplők maradhatnak talpon',
    blocks: [
      {
        heading: 'Brutális költségnövekedés sújtja a bányászokat',
        text: '2025 második negyedévében az iparági átlagos készpénzes termelési költség egyetlen Bitcoinra vetítve elérte a 74 600 dollárt – derül ki a CoinShares legfrissebb adataiból. Ez a szám csak az operatív költségeket tartalmazza, például az energiafelhasználást és a közvetlen üzemeltetési ráfordításokat.',
      },
      {
        heading: 'Brutális költségnövekedés sújtja a bányászokat',
        text: 'Ha viszont a berendezések amortizációját, a részvényalapú juttatásokat, valamint az egyéb pénzügyi és könyvelési költségeket is beleszámítjuk, a valódi gazdasági költség már megközelíti a 137 800 dollárt Bitcoinonként.',
      },
      {
        heading: 'A Bitcoin árfolyam alakulása',
        text: 'Ez a kettősség – a közvetlen és a teljes költségek közötti szakadék – jól mutatja, mennyire sérülékennyé vált a bányászati szektor, különösen akkor, ha a Bitcoin árfolyama nem tud tartósan 75 000 dollár fölé emelkedni.',
      },
      {
        heading: 'Kik bírják jobban? Iparági szereplők költségeinek bontása',
        text: '- IREN és Cleanspark teljesítenek a legjobban: előbbinek 46 497, utóbbinak pedig 58 472 dollárba kerül egy BTC előállítása. Mindkettő alacsony energiaárakból és hatékony infrastruktúrából profitál.',
      },
      {
        heading: 'Kik bírják jobban? Iparági szereplők költségeinek bontása',
        text: '- Marathon (74 062 USD) és Cipher (77 149 USD) az iparági átlag környékén mozognak – nekik a BTC árfolyam-ingadozása már komoly kockázatot jelent.',
      },
      {
        heading: 'Kik bírják jobban? Iparági szereplők költségeinek bontása',
        text: '- A drágábban működő cégek, mint a Riot (82 699 USD), a Bitfarms (89 441 USD) és a Core Scientific (95 158 USD), már most közel járnak a veszteségküszöbhöz.',
      },
      {
        heading: 'Kik bírják jobban? Iparági szereplők költségeinek bontása',
        text: '- A Hut 8 kilóg a mezőnyből: 105 236 dolláros készpénzes költséggel dolgozik, ami csak akkor lehet fenntartható, ha a Bitcoin a közeljövőben jelentősen drágul.',
      },
    ],
    expect: [
      c('74 600 dollárt', 74600),
      c('137 800 dollárt', 137800),
      p('75 000 dollár', 75000),
      c('46 497', 46497),
      c('58 472 dollárba', 58472),
      c('74 062 USD', 74062),
      c('77 149 USD', 77149),
      c('82 699 USD', 82699),
      c('89 441 USD', 89441),
      c('95 158 USD', 95158),
      c('105 236 dolláros', 105236),
    ],
  },
];
