import { o, p, type RealCase } from '../labels';

// giornal.it: "Quanto varrà Bitcoin tra un mese?"; total crypto market value in "miliardi di dollari"
// (other), then "45 mila dollari per BTC" and "meno di 20 mila dollari" as levels in word-scale format.
const url = 'https://www.giornal.it/2022/06/29/quanto-varra-bitcoin-tra-un-mese-ecco-la-previsione-pazzesca/';

export const cases: RealCase[] = [
  {
    url,
    lang: 'it',
    tags: ['prose', 'format'],
    title: 'Quanto varrà Bitcoin tra un mese? Ecco la previsione pazzesca',
    blocks: [
      'Il valore di mercato di tutte le criptovalute insieme si aggira intorno agli 800 miliardi di dollari, una cifra alta ma in calo in questo periodo.',
      'Dopo la risalita che aveva portato il bitcoin oltre i 45 mila dollari per BTC, il valore è tornato a scendere.',
      'Nell’ultimo mese, dopo il picco del novembre scorso, il Bitcoin vale ora meno di 20 mila dollari.',
    ],
    expect: [o('800 miliardi di dollari', 800e9), p('45 mila dollari', 45000), p('20 mila dollari', 20000)],
  },
];
