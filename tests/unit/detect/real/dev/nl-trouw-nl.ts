import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.trouw.nl/home/celstraffen-geeist-in-eerste-grote-witwaszaak-met-cryptomunten~aceb0fae/',
    lang: 'nl',
    tags: ['prose'],
    title: 'Celstraffen geëist in eerste grote witwaszaak met cryptomunten',
    blocks: [
      'Het Gerechtshof in Utrecht is deze week het decor van een omvangrijke rechtszaak tegen een bitcoinbende. Voor het eerst wordt witwassen via bitcoins op grote schaal in een Nederlandse rechtszaal behandeld.',
      'De drie hoofdverdachten, jonge mannen van in de twintig, worden door het Openbaar Ministerie bankiers genoemd. Bankiers die tussen 2014 en 2015 via ruilhandel met bitcoins 10 miljoen euro aan crimineel geld zouden hebben witgewassen.',
    ],
    expect: [o('10 miljoen euro', 10e6, 'EUR')],
  },
];
