import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://staffettaonline.com/articolo.aspx?id=279969',
    lang: 'it',
    tags: ['prose'],
    title: 'Bitcoin sotto i 10.000 dollari',
    blocks: [
      'Dopo aver sfiorato sul circuito elettronico Cme di Chicago i 20.000 dollari a metà dicembre (v. Staffetta 19/12/17), ieri il valore del Bitcoin è sceso sotto i 10.000 dollari. Alla base del tonfo i timori degli speculatori per possibili interventi regolatori.',
    ],
    expect: [p('20.000 dollari', 20000), p('10.000 dollari', 10000)],
  },
];
