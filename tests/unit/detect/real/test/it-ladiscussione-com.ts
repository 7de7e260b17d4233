import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://ladiscussione.com/330893/esteri/nuovo-petrolio-e-oro-le-criptovalute-si-preparano-dopo-limpennata-del-prezzo-del-bitcoin-alimentata-dalla-federal-reserve',
    lang: 'it',
    tags: ['prose'],
    title: 'Nuovo petrolio e oro: le criptovalute si preparano dopo l’impennata del prezzo del bitcoin',
    blocks: [
      'Balzo di Bitcoin questa settimana, dopo che il presidente della Federal Reserve Jerome Powell ha detto che “è giunto il momento” di tagliare i tassi. Il prezzo del bitcoin ha superato i 64.000 dollari, in salita dai minimi di meno di 50.000 dollari di inizio mese, mentre tornano i timori di un crollo del dollaro statunitense.',
      'Secondo Dan Ives di Wedbush Securities, la settimana decisiva per il mercato azionario sarà la prossima, quando Nvidia presenterà i risultati del secondo trimestre.',
    ],
    expect: [p('64.000 dollari', 64000), p('50.000 dollari', 50000)],
  },
];
