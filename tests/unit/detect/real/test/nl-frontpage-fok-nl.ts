import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://frontpage.fok.nl/nieuws/772390/1/1/50/belgie-pakt-nederlander-op-in-witwaszaak.html',
    lang: 'nl',
    tags: ['prose'],
    title: 'België pakt Nederlander op in witwaszaak',
    blocks: [
      'De Belgische politie heeft de afgelopen dagen drie mensen opgepakt die worden verdacht van witwassen via bitcoins. Een van hen is een 24-jarige Nederlander, die zaterdag werd aangehouden, meldt het Belgisch federaal parket maandag.',
      {
        heading: 'Online marktplaats',
        text: "Het onderzoek begon nadat justitie had vastgesteld dat op de online marktplaats localbitcoins.com diensten werden aangeboden om bitcoins in te ruilen tegen cash of omgekeerd. Vooral de account 'Zhao Dong 1982' bleek in België actief, onder meer in de grensstreek met Nederland en Duitsland.",
      },
      {
        heading: 'Online marktplaats',
        text: 'Het ging om bedragen van minimaal 5000 euro, tegen een commissie die vele malen hoger ligt dan normaal. Na het eerste contact werd voor verdere afspraken uitgeweken naar beveiligde kanalen zoals Telegram.',
      },
    ],
    expect: [o('5000 euro', 5000, 'EUR')],
  },
];
