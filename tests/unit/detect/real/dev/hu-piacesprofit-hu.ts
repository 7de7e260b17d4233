import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://piacesprofit.hu/gazdasag/a-kriptovaluta-is-beszamit-az-szja-ba',
    lang: 'hu',
    tags: ['prose', 'format', 'anaphora'],
    title: 'A kriptovaluta is beszámít az szja-ba',
    blocks: [
      'A személyi jövedelemadó törvény szerint adóköteles az a nyereség, amely a Bitcoin devizára/valutára történő átváltása során keletkezik. Az így szerzett jövedelem beszámít az összevont adóalapba, amely után a magányszemélynek 15% személyi jövedelemadót, továbbá 19,5% egészségügyi hozzájárulást, EHO-t kell fizetnie.',
      {
        heading: 'Így néz ki a matek',
        text: 'Ha egy magánszemély 2017. május 1-én vásárolt egy Bitcoint 1.390 dollár/Bitcoin árfolyamon, 397.540 forint értékben (286 forint/dollár aznapi árfolyamon számolva), majd ezt a Bitcoint eladta 2017. december 16-án 19.187 dollár/Bitcoin árfolyamon.',
      },
    ],
    expect: [
      p('1.390 dollár', 1390),
      p('397.540 forint', 397540, 'HUF'),
      o('286 forint', 286, 'HUF'),
      p('19.187 dollár', 19187),
    ],
  },
];
