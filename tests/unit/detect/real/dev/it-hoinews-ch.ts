import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://hoinews.ch/i-mercati-trascinano-giu-le-crypto/',
    lang: 'it',
    tags: ['anaphora'],
    title: 'I mercati trascinano giù le crypto',
    blocks: [
      'LUGANO – Le criptovalute seguono la spirale ribassista dei mercati. Nelle ultime 24 ore le quotazioni del Bitcoin hanno perso poco più del 6%, portando la criptovaluta di maggior valore al mondo intorno ai 54.000 dollari. Ethereum cede oltre l’8%.',
    ],
    expect: [p('54.000 dollari', 54000)],
  },
];
