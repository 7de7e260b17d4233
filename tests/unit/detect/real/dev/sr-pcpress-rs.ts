import { o, p, type RealCase } from '../labels';

// Serbian (Latin) IT magazine on a Bitcoin dip. The 24-hour loss "oko 126 dolara" is a change; levels
// are also written in words ("10 hiljada dolara", "tri hiljade dolara").
export const cases: RealCase[] = [
  {
    url: 'https://pcpress.rs/bitkoin-pad-vrednosti-uznemirio-trgovce-kriptovalutama/',
    lang: 'sr',
    tags: ['prose', 'change', 'format'],
    title: 'Bitkoin: pad vrednosti uznemirio trgovce kriptovalutama',
    blocks: [
      'Bitkoin je 17. avgusta zabeležio vrednost od 10.231 dolar, što znači pad od 1,22% u prethodna 24 sata, što je oko 126 dolara. To je ujedno bila i najniža vrednost u prethodna dva dana, a valuta je i dalje za 49% daleko od najviše zabeležene vrednosti – 20.089 dolara, koliko je Bitkoin vredeo 17. decembra 2017. godine.',
      'Bitkoin se pojavio pre nešto više od 10 godina i tada to nije bio veliki događaj. Vrednost Bitkoina se nekoliko nedelja vrtela oko 10 hiljada dolara, pa se očekivalo da će postati sigurno utočište za turbulentna tržišta. Trgovci i rudari su ipak zabrinuti, jer se takozvani „Fear and Greed Index“ bliži tački “extreme fear,” kao poslednji put kada se Bitkoin spustio na vrednost od tri hiljade dolara.',
    ],
    expect: [
      p('10.231 dolar', 10231),
      o('126 dolara', 126),
      p('20.089 dolara', 20089),
      p('10 hiljada dolara', 10000),
      p('tri hiljade dolara', 3000),
    ],
  },
];
