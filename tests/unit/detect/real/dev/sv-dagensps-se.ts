import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.dagensps.se/bors-finans/fintech/kryptovalutor/kryptokrasch-bitcoin-back-23-procent-4000-miljarder-upp-i-rok/',
    lang: 'sv',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Kryptokrasch: Bitcoin back 23 procent – 4000 miljarder upp i rök',
    blocks: [
      'Kryptokrasch: Bitcoin back 23 procent – 4000 miljarder upp i rök',
      'I början av sommaren rusade kryptovalutan Bitcoin förbi den magiska gränsen 100 000 dollar. Nu har den fallit tillbaka till vårens nivåer.',
      'Från toppnivån över 123 000 dollar till dagens nivå på 96 000 dollar har Bitcoin tappat mer än 23 procent på drygt en månad. Sedan juni har kryptovalutan legat över 100 000 dollar, men nu är den tillbaka på femsiffriga nivåer.',
      {
        heading: 'Stora aktörer har lämnat Bitcoin',
        text: 'Enligt Bloomberg har mer än 4 000 miljarder kronor i värde raderats från kryptomarknaden sedan början av oktober. Stora fonder och bolag som tidigare agerat stödköpare har klivit av.',
      },
      {
        heading: 'Stora aktörer har lämnat Bitcoin',
        text: 'Analytiker på 10x Research talar om en ”bekräftad björntrend”. Nästa tekniska stödnivå ligger runt 93 000 dollar.',
      },
    ],
    expect: [
      p('100 000 dollar', 100000),
      p('123 000 dollar', 123000),
      p('96 000 dollar', 96000),
      p('100 000 dollar', 100000),
      o('4 000 miljarder kronor', 4e12, 'SEK'),
      p('93 000 dollar', 93000),
    ],
  },
  {
    url: 'https://www.dagensps.se/bors-finans/bitcoin-varden-for-2-900-miljarder-kronor-borta/',
    lang: 'sv',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin-värden för 2 900 miljarder kronor borta',
    blocks: [
      'Bitcoin-värden för 2 900 miljarder kronor borta',
      'Motsvarande cirka 2 900 miljarder kronor av kryptovalutans värde har raderats.',
      'För första gången sedan juni föll bitcoin i veckan under 100 000 dollar, 954 000 kronor, och varningslamporna fortsätter att blinka, enligt Bloomberg.',
      {
        heading: 'Proppen gick snabbt ur bitcoin',
        text: 'Bara några dagar senare försvann hävstångspositioner på 19 miljarder dollar, drygt 181 miljarder kronor, ur bitcoin och sedan dess har marknaden svajat.',
      },
      {
        heading: 'Proppen gick snabbt ur bitcoin',
        text: 'Michael Novogratz Galaxy Digital har i all hast sänkt riktkursen för kryptovalutan från 185 000 dollar till 120 000 dollar, med hänvisning till den ”betydande utplåningen av hävstångseffekten”.',
      },
      {
        heading: 'Proppen gick snabbt ur bitcoin',
        text: 'Det sker bara en månad efter att kryptovalutan, som är världens största, toppade på 126 251 dollar.',
      },
      {
        heading: 'Proppen gick snabbt ur bitcoin',
        text: 'Nu talas det om en brant reträtt för bitcoin, vars glidande ettårsmedelvärde på nära 102 000 dollar länge legat fast.',
      },
    ],
    expect: [
      o('2 900 miljarder kronor', 2.9e12, 'SEK'),
      o('2 900 miljarder kronor', 2.9e12, 'SEK'),
      p('100 000 dollar', 100000),
      p('954 000 kronor', 954000, 'SEK'),
      o('19 miljarder dollar', 1.9e10),
      o('181 miljarder kronor', 1.81e11, 'SEK'),
      p('185 000 dollar', 185000),
      p('120 000 dollar', 120000),
      p('126 251 dollar', 126251),
      p('102 000 dollar', 102000),
    ],
  },
];
