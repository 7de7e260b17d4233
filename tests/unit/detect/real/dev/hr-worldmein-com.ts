import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.worldmein.com/cimbenici-koji-utjecu-na-profitabilnost-rudara/',
    lang: 'hr',
    tags: ['widget', 'prose', 'format'],
    title: 'Čimbenici koji utječu na profitabilnost rudara',
    blocks: [
      'S obzirom da je tržište kriptovaluta trenutno u padu, mnogi se pitaju hoće li rudarenje bitcoina opstati.',
      'Profitabilnost rudarenja bitcoina (BTC) ( 66.703 $) je trenutno izrazito mala budući da troškovi rudarenja BTC-a nadmašuju trenutnu cijenu bitcoina.',
      'Prema posljednjim podacima, profitabilnost rudarenja BTC-a pala je 1. srpnja 2022. na samo 0,07 dolara po danu za 1 terahash po sekundi (THash/s), najnižu razinu od listopada 2020. godine.',
    ],
    expect: [p('66.703 $', 66703), o('0,07 dolara', 0.07)],
  },
];
