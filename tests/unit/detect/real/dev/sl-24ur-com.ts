import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.24ur.com/novice/tujina/bitcoin-rudarjenje-v-enem-letu-porabi-vec-elektrike-kot-argentina.html',
    lang: 'sl',
    tags: ['prose', 'format'],
    title: 'Bitcoin rudarjenje v enem letu porabi več elektrike kot Argentina',
    blocks: [
      'Po objavi Tesle, da je podjetje kupilo približno 1,5 milijarde bitcoinov in jih namerava sprejemati tudi kot plačilo, je vrednost bitcoina ta teden dosegla rekordnih 48.000 dolarjev (okoli 39,57 evrov). Dvig vrednosti je hkrati spodbudil tako imenovane "rudarje", da so začeli uporabljati še več računalnikov.',
    ],
    expect: [p('48.000 dolarjev', 48000), p('39,57 evrov', 39.57, 'EUR')],
  },
  {
    url: 'https://www.24ur.com/novice/slovenija/bitcoin-na-mesecnem-maksimumu-od-zacetka-leta-belezi-rast-za-vec-kot-140-2.html',
    lang: 'sl',
    tags: ['prose', 'format'],
    title: 'Bitcoin na mesečnem maksimumu, od začetka leta beleži rast za več kot 140 %',
    blocks: [
      'Kaj je bitcoin?',
      'Bitcoin je vrsta digitalnega denarja (kriptovaluta). Aprila 2010 je bila cena bitcoina 0,003 evra, rekordno ceno pa je dosegel decembra 2017, in sicer več kot 17 tisoč evrov.',
    ],
    expect: [p('0,003 evra', 0.003, 'EUR'), p('17 tisoč evrov', 17000, 'EUR')],
  },
  {
    url: 'https://www.24ur.com/novice/gospodarstvo/na-novih-vrhovih-cena-zlata-eksplodirala.html',
    lang: 'sl',
    tags: ['prose', 'format'],
    title: 'Na novih vrhovih: cena zlata eksplodirala',
    blocks: [
      'Za 10-gramsko ploščico zlata bi morali pred 20 leti odšteti slabih 130 evrov, danes je vredna 1100 evrov ... Zlato je na rekordnih vrednostih, samo v prvih devetih mesecih letos je zraslo za 45 odstotkov: "To pomeni, da če bi 1. 1. 2025 dali sto evrov, bi danes imeli 145 evrov."',
      'Nov rekord je v preteklih dneh zabeležilo tudi digitalno zlato, torej bitcoin. Ta se je ustavil pri vrednosti 107 tisoč evrov, pred desetimi leti je bil vreden komaj 250 evrov.',
    ],
    expect: [
      o('130 evrov', 130, 'EUR'),
      o('1100 evrov', 1100, 'EUR'),
      o('sto evrov', 100, 'EUR'),
      o('145 evrov', 145, 'EUR'),
      p('107 tisoč evrov', 107000, 'EUR'),
      p('250 evrov', 250, 'EUR'),
    ],
  },
  {
    url: 'https://www.24ur.com/novice/gospodarstvo/nova-rekordna-vrednost-cena-zlata-presegla-5000-dolarjev-za-unco.html',
    lang: 'sl',
    tags: ['prose', 'format'],
    title: 'Nova rekordna vrednost: cena zlata presegla 5000 dolarjev za unčo',
    blocks: [
      'Nova rekordna vrednost: cena zlata presegla 5000 dolarjev za unčo',
      'Cena zlata je dosegla novo zgodovinsko vrednost. Unča zlata (28,35 grama) je namreč prvič v zgodovini presegla 5000 dolarjev (4220 evrov). Pred slabima dvema tednoma je ta plemenita kovina že dosegla rekordno vrednost, ko je bilo treba zanjo odšteti nekaj manj kot 4000 evrov.',
      'V petek je vrednost srebra prvič presegla 100 dolarjev (84,41 evra) na unčo, s čimer je ta plemenita kovina še nadgradila skoraj 150-odstotno rast v lanskem letu. Pred slabima dvema tednoma pa je prvič v zgodovini z 91,5535 dolarja (78,59 evra) presegla mejo 90 dolarjev (77 evrov).',
      'Takrat se je dvignila tudi cena zlata, ki je s 4639 dolarji (3982 evrov) že dosegala rekordne vrednosti.',
    ],
    expect: [
      o('5000 dolarjev', 5000),
      o('5000 dolarjev', 5000),
      o('4220 evrov', 4220, 'EUR'),
      o('4000 evrov', 4000, 'EUR'),
      o('100 dolarjev', 100),
      o('84,41 evra', 84.41, 'EUR'),
      o('91,5535 dolarja', 91.5535),
      o('78,59 evra', 78.59, 'EUR'),
      o('90 dolarjev', 90),
      o('77 evrov', 77, 'EUR'),
      o('4639 dolarji', 4639),
      o('3982 evrov', 3982, 'EUR'),
    ],
  },
];
