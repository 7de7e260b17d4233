import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://financebusrt.info/gli-analisti-di-citi-prevedono/?lang=it',
    lang: 'it',
    tags: ['prose', 'anaphora'],
    title: 'Gli analisti di Citi prevedono che il prezzo del Bitcoin potrebbe raggiungere i 189.000 dollari',
    blocks: [
      "Gli analisti di Citi prevedono che il prezzo del Bitcoin potrebbe raggiungere i 189.000 dollari l'anno prossimo in uno scenario di mercato ottimistico.",
      'Dopo il record sopra i 126.000 dollari di ottobre, il prezzo del Bitcoin ha ritracciato con decisione e ora passa di mano appena sopra gli 87.900 dollari.',
      'Lo scenario base di Citi colloca il Bitcoin a 143.000 dollari, +62% dai livelli attuali; nel caso più rialzista supererebbe i 189.000 dollari. Nello scenario ribassista si fermerebbe intorno ai 78.500 dollari.',
      "L'ipotesi presuppone afflussi attesi per 15 miliardi di dollari negli ETF.",
      'ETH passa di mano poco sotto i 3.000 dollari, circa il 40% sotto il suo record di 4.964 dollari.',
    ],
    expect: [
      p('189.000 dollari', 189000),
      p('126.000 dollari', 126000),
      p('87.900 dollari', 87900),
      p('143.000 dollari', 143000),
      p('189.000 dollari', 189000),
      p('78.500 dollari', 78500),
      o('15 miliardi di dollari', 15e9),
      o('3.000 dollari', 3000),
      o('4.964 dollari', 4964),
    ],
  },
];
