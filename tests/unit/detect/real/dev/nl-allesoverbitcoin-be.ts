import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.allesoverbitcoin.be/bitcoin-kan-dit-weekend-vlammen-en-dit-is-waarom/',
    lang: 'nl',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin kan dit weekend vlammen en dit is waarom',
    blocks: [
      'Bitcoin kan dit weekend vlammen en dit is waarom',
      'Alle seinen staan op groen! Gisteren schoot bitcoin met ruim zes procent omhoog, tot aan 10.800 dollar (9.250 euro). Lukt het bitcoin nu om door 11.000 dollar (9.420 euro) te breken?',
      {
        text: 'Dat deed bitcoin dan ook, totdat de koers weerstand vond op 10.800 dollar (9.250 euro). Een belangrijke prijs, want dit niveau was midden september juist nog een ondersteuning.',
        heading: 'Nieuwe weerstand gevonden',
      },
      {
        text: 'De stijging van gisteren kan ook te maken hebben met de laatste vrijdag van de maand. Vandaag verlopen 1 miljard dollar aan bitcoin optiecontracten.',
        heading: 'Nieuwe weerstand gevonden',
      },
      {
        text: 'De oranje lijn op de grafiek hierboven is belangrijk. Lukt het bitcoin om 10.800 dollar (9.250 euro) te doorbreken?',
        heading: 'Bullish',
      },
    ],
    expect: [
      p('10.800 dollar', 10800),
      p('9.250 euro', 9250, 'EUR'),
      p('11.000 dollar', 11000),
      p('9.420 euro', 9420, 'EUR'),
      p('10.800 dollar', 10800),
      p('9.250 euro', 9250, 'EUR'),
      o('1 miljard dollar', 1e9),
      p('10.800 dollar', 10800),
      p('9.250 euro', 9250, 'EUR'),
    ],
  },
];
