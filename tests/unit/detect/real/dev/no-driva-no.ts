import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.driva.no/meninger/i/XbdMRr/kryptomining-staar-bare-og-fyrer-for-kraaka',
    lang: 'no',
    tags: ['cost', 'prose', 'format', 'forum'],
    title: 'Kryptomining står bare og fyrer for kråka',
    blocks: [
      'Mining er, litt forenklet, en gjettelek der den som først gjetter riktig tall får en bitcoin. Loddene i gjetteleken koster strøm, og jo høyere verdi en bitcoin har, desto flere lodd og mer strøm kan du bruke uten å gå med tap. Hvis verdien av en bitcoin er 220.000kr, som i dag, kan det lønne seg å bruke strøm for opptil 220.000kr for å utvinne en bitcoin. Hvis bitcoin, som i 2021, har en verdi på 500.000kr, lønner det seg å bruke strøm for opptil 500.000kr.',
      'Det er utvinningskostnaden som balanserer tilbud og etterspørsel.',
    ],
    expect: [
      p('220.000kr', 220000, 'NOK'),
      c('220.000kr', 220000, 'NOK'),
      p('500.000kr', 500000, 'NOK'),
      c('500.000kr', 500000, 'NOK'),
    ],
  },
];
