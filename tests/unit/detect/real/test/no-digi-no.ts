import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.digi.no/artikler/kraftig-kursoppgang-for-bitcoin/430796',
    lang: 'no',
    tags: ['prose', 'format'],
    title: 'Kraftig kursoppgang for bitcoin',
    blocks: [
      'Søndag var en bitcoin verdt over 11.000 dollar (drøyt 85.000 kroner) ifølge vekslingstjenester som Coinbase og Coindesk. Til sammenligning lå kursen for under to uker siden på 6.200 dollar (48.000 kroner).',
    ],
    expect: [
      p('11.000 dollar', 11000),
      p('85.000 kroner', 85000, 'NOK'),
      p('6.200 dollar', 6200),
      p('48.000 kroner', 48000, 'NOK'),
    ],
  },
  {
    url: 'http://www.digi.no/artikler/ikke-siden-det-massive-angrepet-i-2013-har-bitcoin-hatt-hoyere-verdi-enn-akkurat-na/367130',
    lang: 'no',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Ikke siden det massive angrepet i 2013 har bitcoin hatt høyere verdi enn akkurat nå',
    blocks: [
      'For første gang på tre år er én bitcoin verdt over 1 000 dollar – eller 8 631 norske kroner.',
      'I skrivende stund er kryptovalutaen verdt 1093 dollar.',
      'Bitcoins for 150 kroner ble til fem millioner',
      'Som student i 2009 brukte Kristoffer Koch 24 dollar – omtrent 150 kroner – på internettvalutaen. Det ga ham rundt 5 000 bitcoins.',
      '– Det stod 5 000 bitcoins der. Etter dagens kurs er det cirka fem millioner kroner, sa han til NRK.',
    ],
    expect: [
      p('1 000 dollar', 1000),
      p('8 631 norske kroner', 8631, 'NOK'),
      p('1093 dollar', 1093),
      o('150 kroner', 150, 'NOK'),
      o('24 dollar', 24),
      o('150 kroner', 150, 'NOK'),
      o('fem millioner kroner', 5e6, 'NOK'),
    ],
  },
  {
    url: 'https://www.digi.no/artikler/historisk-rekord-na-er-en-bitcoin-verdt-550-000-kroner/514376',
    lang: 'no',
    tags: ['prose', 'anaphora'],
    title: 'Historisk rekord: Nå er en bitcoin verdt 550.000 kroner',
    blocks: [
      'På onsdag passerte bitcoin-prisen 66.000 dollar, eller like under 550.000 norske kroner, og dermed har valutaen satt ny historisk rekord. Den forrige rekorden kom i april i år, da verdien nådde en pris på litt under 65.000 dollar.',
      'Som Digi.no meldte, nådde valutaen en kursrekord i februar i år etter at Tesla-sjef Elon Musk investerte 1,5 milliarder dollar i bitcoin.',
    ],
    expect: [
      p('66.000 dollar', 66000),
      p('550.000 norske kroner', 550000, 'NOK'),
      p('65.000 dollar', 65000),
      o('1,5 milliarder dollar', 1.5e9),
    ],
  },
  {
    url: 'https://www.digi.no/artikler/ny-rekord-bitcoin-har-nadd-sin-hoyeste-verdi-noensinne/504432',
    lang: 'no',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Ny rekord: Bitcoin har nådd sin høyeste verdi noensinne',
    blocks: [
      '185 000 kroner',
      {
        heading: '185 000 kroner',
        text: 'I skrivende stund ligger bitcoin-verdien på rett over 21 000 dollar, ifølge statistikken hos Coinmarketcap. Målt i norske kroner er verdien for øyeblikket litt over 185 000 kroner.',
      },
      {
        heading: '185 000 kroner',
        text: 'Som Coindesk rapporterte tidligere denne måneden, la for eksempel det britiske investeringsselskapet Ruffer Investment nylig inn verdier på til sammen 740 millioner dollar i bitcoin.',
      },
      {
        heading: 'Skattemyndighetene mer oppmerksomme',
        text: 'Nylig kjøpte også Square, et betalingsselskap grunnlagt av Twitter-sjefen Jack Dorsey, hele 4709 bitcoin, en investering som tilsvarte 50 millioner dollar.',
      },
    ],
    expect: [
      p('185 000 kroner', 185000, 'NOK'),
      p('21 000 dollar', 21000),
      p('185 000 kroner', 185000, 'NOK'),
      o('740 millioner dollar', 7.4e8),
      o('50 millioner dollar', 5e7),
    ],
  },
];
