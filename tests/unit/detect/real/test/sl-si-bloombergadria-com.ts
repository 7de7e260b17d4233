import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://si.bloombergadria.com/financni-trgi/kripto-trg/96206/mocan-upad-bitcoina-je-pred-nami-nova-kriza-zaupanja/news',
    lang: 'sl',
    tags: ['prose', 'anaphora', 'change'],
    title: 'Močan upad bitcoina: je pred nami nova kriza zaupanja?',
    blocks: [
      'Cena, relevantnost, prepričanje – bitcoin krvavi na vseh treh frontah.',
      'Največja kriptovaluta na svetu je v redkem vikend trgovanju zdrsnila pod 76.000 dolarjev, s čimer je padla za približno 40 odstotkov z vrha leta 2025.',
      'Preberi še',
      'Razprodaja v zadnjih 24 urah znižala skupno vrednost kriptotrga za približno 111 milijard dolarjev.',
      'Dobiček podjetja Tether je lani upadel za 23 odstotkov na 10 milijard dolarjev.',
      'Zakaj je bitcoin znova zdrsnil pod 90.000 dolarjev?',
    ],
    expect: [
      p('76.000 dolarjev', 76000),
      o('111 milijard dolarjev', 111e9),
      o('10 milijard dolarjev', 10e9),
      p('90.000 dolarjev', 90000),
    ],
  },
];
