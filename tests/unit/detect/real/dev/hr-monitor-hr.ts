import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.monitor.hr/bitcoin-ide-prema-rusenju-vlastitog-rekorda-mogao-bi-dostici-povijesno-visoku-vrijednost/',
    lang: 'hr',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin ide prema rušenju vlastitog rekorda, mogao bi dostići povijesno visoku vrijednost',
    blocks: [
      'Analitičari Bitfinexa vrlo su optimistični i predviđaju da će vrijednost bitcoina sljedećih mjeseci dosegnuti šesteroznamenkasti iznos. Coinbase ih citira i navodi da bi po njihovoj procjeni vrijednost bitcoina mogla biti između 100.000 i 120.000 dolara.',
      'Nastavi li rasti, ubrzo bi se mogao približiti i povijesnom maksimumu. On je ostvaren 10. studenog 2021., i iznosio je 68 991 dolar. Godinu dana kasnije tečaj je pao ispod 17.000 dolara, no neki analitičari smatraju da je nova rekordna vrijednost sada nadohvat ruke.',
    ],
    expect: [
      p('100.000', 100000),
      p('120.000 dolara', 120000),
      p('68 991 dolar', 68991),
      p('17.000 dolara', 17000),
    ],
  },
];
