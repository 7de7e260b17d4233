import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://digitalcurrencyacademy.be/?p=6057',
    lang: 'nl',
    tags: ['prose', 'format'],
    title: 'Michael Saylor koopt de dip',
    blocks: [
      'Michael Saylor koopt de dip',
      'We begonnen al bijna ongerust te worden, maar hij doet het toch weer! Michael Saylor maakte maandag 29 november bekend dat zijn bedrijf opnieuw van de dip heeft geprofiteerd.',
      'Bij elke dip koopt hij een paar duizend bitcoin bij. MicroStrategy kocht 7,002 bitcoin aan een gemiddelde prijs van $59,187 per bitcoin, goed voor een totaal van ~$414.4 miljoen dollar.',
      'De teller staat nu op 121,043 bitcoin, oftewel 0.5% van de totale bitcoin supply.',
    ],
    expect: [p('$59,187', 59187), o('$414.4 miljoen dollar', 414.4e6)],
  },
];
