import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://taster.ba/bitkoin-ponovo-vrijedi-vise-od-1-000-dolara/',
    lang: 'sr',
    tags: ['prose', 'anaphora'],
    title: 'Bitkoin ponovo vrijedi više od 1.000 dolara',
    blocks: [
      'Bitkoin, virtuelna valuta za onlajn transakcije, prvi put poslije tri godine prešao je prag vrijednosti od 1.000 USD i u ponedjeljak (2. januara 2017. godine) mijenjao se za 1.020 USD.',
      'Ta digitalna valuta posljednji put je bila vrijednija od 1.000 USD u jesen 2013. godine, prenose svjetske agencije.',
      'Za razliku od evra ili dolara koji postoje i fizički, virtuelni bitkoin nema centralnu banku niti vladu koja njime upravlja.',
    ],
    expect: [p('1.000 USD', 1000), p('1.020 USD', 1020), p('1.000 USD', 1000)],
  },
];
