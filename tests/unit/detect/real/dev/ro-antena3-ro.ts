import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://antena3.ro/amp/valoarea-bitcoin-scade-din-nou-cat-costa-acum-moneda-virtuala-453405.html',
    lang: 'ro',
    tags: ['prose', 'anaphora'],
    title: 'Valoarea bitcoin scade din nou. Cât costă acum moneda virtuală',
    blocks: [
      'Bitcoin a coborât vineri sub pragul de 8.500 de dolari, o prăbușire severă față de maximele apropiate de 20.000 de dolari atinse la începutul lui decembrie 2017.',
      'Declinul reflectă temerile investitorilor privind viitorul criptomonedelor, apreciază Bloomberg.',
      'La Londra bitcoin a pierdut 8 procente, ajungând la 8.378 de dolari, cel mai scăzut nivel de la 24 noiembrie.',
      'Pe 18 decembrie 2017 bitcoin atingea valoarea de 19.511 dolari.',
    ],
    expect: [
      p('8.500 de dolari', 8500),
      p('20.000 de dolari', 20000),
      p('8.378 de dolari', 8378),
      p('19.511 dolari', 19511),
    ],
  },
  {
    url: 'https://www.antena3.ro/externe/bitcoin-nu-mai-renteaza-specialist-investitiile-in-aceasta-criptomoneda-nu-mai-sunt-profitabile-dupa-ultimele-deprecieri-778660.html',
    lang: 'ro',
    tags: ['prose', 'anaphora', 'format'],
    title:
      'Minatul de Bitcoin nu mai rentează. Specialist: investițiile în această criptomonedă nu mai sunt profitabile',
    blocks: [
      'Majoritatea celor care minează Bitcoin nu mai obțin profit din aceste operațiuni, pentru că criptomoneda emblematică și-a accentuat deprecierea, relatează CNBC, citând analiștii Rosenblatt.',
      'Bitcoin a fost tranzacționat ultima dată la 64.143,00 de dolari, cu aproximativ 26% mai puțin decât la începutul anului.',
      'Marți, criptomoneda a coborât sub pragul de 63.000 de dolari, aproape de cel mai scăzut nivel din ultimele două săptămâni.',
      {
        text: '„Cu veniturile din minat ajunse acum sub 3 cenți (per terahash pe secundă, TH/s), acestea sunt neprofitabile pentru toate operațiunile, cu excepția celor mai eficiente”, a scris analistul Chris Brendler într-o notă către clienți.',
        heading: 'Analist: Mineritul de Bitcoin a scăzut sub pragul de rentabilitate',
      },
    ],
    expect: [p('64.143,00 de dolari', 64143), p('63.000 de dolari', 63000), o('3 cenți', 0.03)],
  },
];
