import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://www.wtv.be/nieuws/politiezone-kouter-stort-voor-18-miljoen-aan-bitcoins-staatskas',
    lang: 'nl',
    tags: ['prose', 'format'],
    title: 'Politiezone Kouter stort voor 1,8 miljoen aan bitcoins in staatskas',
    blocks: [
      'Politiezone Kouter heeft voor 1,8 miljoen euro aan bitcoins in de staatskas gestort. In januari kreeg een verdachte in een drugszaak een gevangenisstraf van 40 maanden; bij diezelfde veroordeling werden ook 942 bitcoins in beslag genomen.',
      'Onlangs werden de bitcoins omgezet in euro’s en werd de som van 1.795.000 € gestort bij het COIV (Centraal orgaan voor de inbeslagneming en verbeurdverklaring).',
    ],
    expect: [o('1,8 miljoen euro', 1.8e6, 'EUR'), o('1.795.000 €', 1795000, 'EUR')],
  },
];
