import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.monitor.si/novica/za-bitcoinom-je-izgubljeno-leto/245034/?utm_source=feed&utm_medium=rss',
    lang: 'sl',
    tags: ['prose', 'anaphora'],
    title: 'Za bitcoinom je izgubljeno leto',
    blocks: [
      'Minuli teden je tečaj bitcoina padel pod 85.000 dolarjev, kar je v primerjavi z njegovimi skromnimi začetki še vedno izjemno visoko, a za nami je izgubljeno leto.',
      'Od vrha pri 125.000 dolarjih je bitcoin oddaljen debelih 30 odstotkov, kar bi bila na borznem trgu že poštena korekcija.',
    ],
    expect: [p('85.000 dolarjev', 85000), p('125.000 dolarjih', 125000)],
  },
  {
    url: 'https://www.monitor.si/novica/razpolovicenje-bitcoina-brez-posebnosti/232182/?utm_source=feed&utm_medium=rss',
    lang: 'sl',
    tags: ['prose', 'format'],
    title: 'Razpolovičenje bitcoina brez posebnosti',
    blocks: [
      'Ta konec tedna se je zgodilo razpolovičenje nagrade za rudarjenje bitcoina. Odtlej je nagrada za vsak narudarjen blok pol manjša in znaša 3,125 bitcoina.',
      'Velika pričakovanja o spremembi cene se niso uresničila, saj je bilo razpolovičenje že vračunano v tečaj. Cena bitcoina je tako ostala v pasu med 60.000 in 65.000 dolarji.',
    ],
    expect: [p('60.000', 60000), p('65.000 dolarji', 65000)],
  },
];
