import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.delangetermijn.nl/groei-van-je-beleggingen-meten-in-goud',
    lang: 'nl',
    tags: ['prose', 'format'],
    title: 'Groei van je beleggingen meten in goud',
    blocks: [
      {
        heading: 'Goud breekt records',
        text: 'Op 29 januari 2026 bereikte goud een historisch hoogtepunt van $5.600 per ounce - bijna een verdubbeling in twee jaar tijd.',
      },
      {
        heading: 'Dollars verliezen, terwijl goud stug blijft winnen',
        text: 'Een investering die in NOMINALE termen lijkt te groeien (van $100.000 naar $150.000)',
      },
      {
        heading: 'Dollars verliezen, terwijl goud stug blijft winnen',
        text: 'Kan in Goud gemeten juist aan waarde verliezen (van 200 ounces naar 150 ounces Goud).',
      },
    ],
    expect: [o('$5.600', 5600), o('$100.000', 100000), o('$150.000', 150000)],
  },
];
