import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.delo.si/gospodarstvo/novice/elon-musk-ni-vec-najbogatejsi-2/',
    lang: 'sl',
    tags: ['prose', 'anaphora'],
    title: 'Elon Musk ni več najbogatejši',
    blocks: [
      'Šef Tesle in Spacexa Elon Musk ni več najbogatejši človek na svetu, potem ko so padle delnice njegovega avtomobilskega podjetja. Delnice Tesle so izgubile okoli 20 odstotkov vrednosti od začetka januarja, ko je bila ena vredna več kot 880 dolarjev.Največji padec so delnice utrpele, potem ko je podjetje investiralo 1,5 milijarde dolarjev v bitcoin.',
      'Vrednost bitcoina se je pred objavo Muskovega nakupa dvigovala in v nedeljo dosegla 57.000 dolarjev, nato pa je padla in včeraj dosegala manj kot 48.000 dolarjev, kar je še vedno več kot ob sklenitvi posla s Teslo.',
      'Tesla je sicer na vrednosti največ pridobila lani, ko so se delnice z 90 dolarjev povzpele nad 700 dolarjev.',
    ],
    expect: [
      o('880 dolarjev', 880),
      o('1,5 milijarde dolarjev', 1.5e9),
      p('57.000 dolarjev', 57000),
      p('48.000 dolarjev', 48000),
      o('90 dolarjev', 90),
      o('700 dolarjev', 700),
    ],
  },
];
