import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://nos.nl/artikel/2358753-nieuw-record-voor-digitale-munt-bitcoin.html',
    lang: 'nl',
    tags: ['prose', 'change'],
    title: 'Nieuw record voor digitale munt bitcoin',
    blocks: [
      'De digitale munt bitcoin heeft een nieuw record bereikt: 19.577 dollar. Dat is 66 dollar meer dan de vorige piek in december 2017, meldt persbureau Bloomberg.',
    ],
    expect: [p('19.577 dollar', 19577), o('66 dollar', 66)],
  },
];
