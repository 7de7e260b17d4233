import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.republika.rs/biznis/vesti/725909/cena-zlata-oboren-rekord-5000-dolara',
    lang: 'sr',
    tags: ['prose', 'table', 'format'],
    title: 'CENA ZLATA OBORILA SVE REKORDE: Najpoželjniji metal na svetu sada vredi čak 5.000 dolara po unci',
    blocks: [
      'Prema podacima Trading Economics, ukupne zalihe zlata Srbije porasle su na 51,69 tona u trećem kvartalu 2025. godine, što je istorijski maksimum za našu zemlju',
      'Cene zlata danas su porasle na više od 5.000 dolara (4.215 evra) po unci, čime je postignut novi rekord, prenosi Bi-Bi-Si.',
      'Zlato i drugi plemeniti metali smatraju se takozvanom sigurnom imovinom koju investitori kupuju u vremenima neizvesnosti.',
      { text: '8.133,5', header: 'Zalihe zlata (u tonama)', row: 'Sjedinjene Američke Države' },
      { text: '3.351,5', header: 'Zalihe zlata (u tonama)', row: 'Nemačka' },
      'U petak je srebro prvi put premašilo 100 dolara po unci, koja iznosi 28,3 grama, čime je nastavljen rast njegove cene od skoro 150 odsto prošle godine.',
    ],
    expect: [o('5.000 dolara', 5000), o('4.215 evra', 4215, 'EUR'), o('100 dolara', 100)],
  },
];
