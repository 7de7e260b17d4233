import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.irozhlas.cz/ekonomika/bitcoin-pokles-kryptomena-volby-usa-britanie-francie_2407042302_epo',
    lang: 'cs',
    tags: ['prose', 'anaphora', 'format'],
    blocks: [
      'Cena bitcoinu prudce klesá, ve čtvrtek odpoledne spadla pod 57 000 USD (1,33 milionu Kč) a ocitla se na dvouměsíčním minimu. Na začátku týdne se přitom bitcoin prodával zhruba za 63 000 USD, za týden tedy jeho cena klesla přibližně o deset procent.',
      'Bitcoin se podle specializovaného serveru CoinDesk zhruba v 16.00 SELČ prodával za 57 300 USD a za uplynulých 24 hodin vykazoval pokles o 5,5 procenta. Největší a nejstarší kryptoměnu oslabuje podle analytiků zřejmě i nejistota před prezidentskými volbami ve Spojených státech.',
      'Bitcoin měl po spuštění burzovně obchodovaných fondů v USA velmi dobrý začátek roku a v polovině března se díky přílivu peněz od dalších investorů dostal na rekordní hodnotu 73 803,25 USD. Euforie ale později vyprchala a bitcoin od té doby ztratil více než 20 procent.',
    ],
    expect: [
      p('57 000 USD', 57000),
      p('1,33 milionu Kč', 1.33e6, 'CZK'),
      p('63 000 USD', 63000),
      p('57 300 USD', 57300),
      p('73 803,25 USD', 73803.25),
    ],
  },
];
