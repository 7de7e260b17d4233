import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.bitcoin.com/nl/get-started/can-you-buy-less-than-a-bitcoin',
    lang: 'nl',
    tags: ['prose'],
    title: 'Kun je minder dan één bitcoin kopen?',
    blocks: [
      'Het is een veelvoorkomende misvatting dat je niet minder dan een hele bitcoin kunt kopen. Of je nu 1 bitcoin, 15 bitcoins of 0,01 bitcoins hebt: je bezit bitcoin en bent evenzeer blootgesteld aan de ups en downs.',
      'Mensen zijn geneigd om van hele dingen te houden. Zou je liever een handvol kleingeld hebben ter waarde van 10 dollar, of een fris 10 dollar biljet?',
    ],
    expect: [o('10 dollar', 10), o('10 dollar', 10)],
  },
];
