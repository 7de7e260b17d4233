import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.bitcoinbazis.hu/?p=236471',
    lang: 'hu',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Meddig esik még a bitcoin, hol van a medve piac vége? Durva előrejelzések érkeztek',
    blocks: [
      'Hétfő reggel erős eséssel kezdte a hetet a bitcoin árfolyam, miután Donald Trump újabb vámfenyegetést jelentett be, ezúttal Kanadával szemben. Az árfolyam 86 000 dollárig zuhant, innen még rövid időre visszakapaszkodott 90 000 fölé.',
      'A nyugalom azonban nem tartott sokáig.',
      'Miután a Fed szinten tartotta az irányadó kamatlábat, újabb geopolitikai feszültségek robbantak ki. Erre a Bitcoin csütörtök estétől újra lejtmenetbe kapcsolt, és péntek hajnalra 81 000 dollárig esett. Több mint két hónap után először járt ezen a szinten a BTC ára.',
      'Bár azóta az árfolyam valamennyit erősödött, heti szinten így is több mint 7% a mínusz.',
    ],
    expect: [p('86 000 dollárig', 86000), p('90 000', 90000), p('81 000 dollárig', 81000)],
  },
];
