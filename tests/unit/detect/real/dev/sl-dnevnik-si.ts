import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.dnevnik.si/1042943555/posel/novice/bitcoin-prebil-tudi-mejo-18000-dolarjev-',
    lang: 'sl',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin prebil tudi mejo 18.000 dolarjev',
    blocks: [
      'Na kriptoborzi Bitstamp je bil bitcoin nekaj pred 9. uro zjutraj vreden 18.025 dolarjev, s čimer se je od torka podražil za 7,54 odstotka. Ponoči je dosegel že vrednost 18.467 dolarja. V evropski valuti je njegova vrednost trenutno 15.237 evrov.',
      'Nad mejo 18.000 dolarjev je bil bitcoin nazadnje decembra 2017, poročajo tuje tiskovne agencije. V istem mesecu je dosegel tudi najvišjo vrednost doslej, malenkost nad 20.000 dolarji.',
      'Prejšnji teden je vrednost omenjene kriptovalute prvič po začetku leta 2018 prebila mejo 16.000 dolarjev, v torek pa je bila že nad novim psihološko pomembnim mejnikom. Za mejo 18.000 dolarjev je bitcoin potreboval manj kot en dan.',
      'Konec leta 2017 je bil bitcoin vreden več kot 20.000 dolarjev, a je nato v manj kot mesecu dni padel pod 10.000 dolarjev. Marca letos je na kriptovalute vplival izbruh pandemije covida-19, ko se je bitcoin spustil pod 4000 dolarjev.',
    ],
    expect: [
      p('18.025 dolarjev', 18025),
      p('18.467 dolarja', 18467),
      p('15.237 evrov', 15237, 'EUR'),
      p('18.000 dolarjev', 18000),
      p('20.000 dolarji', 20000),
      p('16.000 dolarjev', 16000),
      p('18.000 dolarjev', 18000),
      p('20.000 dolarjev', 20000),
      p('10.000 dolarjev', 10000),
      p('4000 dolarjev', 4000),
    ],
  },
  {
    url: 'https://www.dnevnik.si/1042957608/posel/borzni-komentar/bitcoinov-tecaj-se-je-letos-razpolovil',
    lang: 'sl',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoinov tečaj se je letos razpolovil',
    blocks: [
      'Bitcoin je v ponedeljek doživel občuten padec. Zdaj je že za več kot polovico nižje od najvišje letošnje vrednosti 64.869 dolarjev. S prejšnjih treh vrhov je zgrmel za 93, 86 in 83 odstotkov. Če špekuliramo, bo ta teden testiral podporo pri 30.000 dolarjih, četrtič v zadnjih dveh mesecih.',
    ],
    expect: [p('64.869 dolarjev', 64869), p('30.000 dolarjih', 30000)],
  },
];
