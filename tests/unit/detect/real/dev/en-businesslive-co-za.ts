import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.businesslive.co.za/bd/companies/2021-03-01-south-africans-join-bitcoin-craze/',
    lang: 'en',
    tags: ['prose', 'format'],
    title: 'South Africans join bitcoin craze',
    blocks: [
      'Bitcoin and other cryptocurrencies, including meme favourite Dogecoin, have climbed during the pandemic. Over the past year bitcoin, the best known of them, has risen fivefold to R727,452 a coin...',
    ],
    expect: [p('R727,452', 727452, 'ZAR')],
  },
];
