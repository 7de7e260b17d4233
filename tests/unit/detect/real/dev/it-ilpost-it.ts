import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://ilpost.it/2018/11/26/valore-bitcoin-crollo',
    lang: 'it',
    tags: ['prose', 'anaphora'],
    title: 'Il valore dei bitcoin è sceso ancora, arrivando sotto i 4.000 dollari per unità',
    blocks: [
      'Il valore dei bitcoin è sceso ancora, arrivando sotto i 4.000 dollari per unità',
      "Bitcoin, la criptovaluta più diffusa al mondo, ha lasciato un altro 24 per cento circa nell'ultima settimana e domenica ha toccato il minimo da un anno, 3.475 dollari, circa 3.000 euro, prima di recuperare un poco.",
      "Questa volta la perdita in dollari è molto più ampia che nei crolli del 2013 e del 2015, anche per l'effetto sull'intero mercato delle criptovalute, sceso di circa 700 miliardi di dollari dal picco di un anno fa.",
    ],
    expect: [
      p('4.000 dollari', 4000),
      p('3.475 dollari', 3475),
      p('3.000 euro', 3000, 'EUR'),
      o('700 miliardi di dollari', 700e9),
    ],
  },
];
