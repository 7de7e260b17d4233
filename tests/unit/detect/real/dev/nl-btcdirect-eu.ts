import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://btcdirect.eu/nl-be/salaris-in-bitcoin',
    lang: 'nl',
    tags: ['prose', 'format'],
    title: 'Salaris in bitcoin',
    blocks: [
      'Sinds juni 2018 betalen wij onze werknemers voor een deel in bitcoin, als eerste werkgever in Nederland. Het minimumloon moet volgens de wet in euro’s worden uitbetaald; medewerkers kiezen zelf welk bedrag daarboven ze in bitcoin willen ontvangen.',
      {
        heading: 'Wat is het rendement?',
        text: 'In juni 2018 zijn we begonnen met het uitbetalen van onze medewerkers in bitcoin. Dit overzicht toont het rendement op een maandelijkse inleg van 100 euro aan bitcoin.',
      },
      {
        heading: 'Wat is het rendement?',
        text: 'In twee jaar tijd bedraagt de inleg 2.400 euro, goed voor 0,425561 bitcoins. Op 28 mei 2020 is dat aantal bitcoin 3.547,74 euro waard.',
      },
      {
        heading: 'Wat is het rendement?',
        text: 'De waarde van de inleg is dus met 1.100 euro gestegen, een rendement van bijna 48 procent.',
      },
    ],
    expect: [
      o('100 euro', 100, 'EUR'),
      o('2.400 euro', 2400, 'EUR'),
      o('3.547,74 euro', 3547.74, 'EUR'),
      o('1.100 euro', 1100, 'EUR'),
    ],
  },
];
