import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bif.rs/2021/12/kopaci-izrudarili-90-odsto-raspolozivih-bitkoina',
    lang: 'sr',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Kopači izrudarili 90 odsto raspoloživih bitkoina',
    blocks: [
      'Kopači kriptovaluta do sada su „izrudarili“ 90 odsto raspoloživih bitkoina, odnosno 18,89 miliona od mogućih 21 milion.',
      'Cena bitkoina se u poslednjih 12 godina drastično menjala. Na početku je jedan bitkoin vredeo 0,1 dolar. U decembru 2012, kada je „iskopano“ 50 odsto raspoloživih bitkoina, njegova cena je bila 7,5 dolara.',
      'Poslednja cena koju je dostigao bila je 48.746 dolara , što je pad od 28 odsto od najviše vrednosti, 69.000 dolara, koja je dostignuta ranije ove godine.',
      'Za svaki blok koji uspeju da izrudare, tragači trenutno dobijaju 6,25 bitkoina, a procena je da će to pasti na 3,125 u naredne dve godine.',
    ],
    expect: [p('0,1 dolar', 0.1), p('7,5 dolara', 7.5), p('48.746 dolara', 48746), p('69.000 dolara', 69000)],
  },
];
