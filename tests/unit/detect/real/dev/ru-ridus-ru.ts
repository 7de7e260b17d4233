import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://amp.ridus.ru/neft-brent-na-ice-futures-prevysila--81-za-barrel-vpervye-s-yanvarya-648767.html',
    lang: 'ru',
    tags: ['prose', 'format'],
    title: 'Нефть Brent на ICE Futures превысила $81 за баррель впервые с января',
    blocks: [
      'На Лондонской товарной бирже ICE Futures фьючерсы на нефть марки Brent впервые с 20 января превысили отметку в 81 доллар за баррель. К 01:01 мск стоимость Brent достигла 81,4 доллара.',
      'В то же время ранее был отмечен спад стоимости биткоина, который опустился ниже отметки в 100 тысяч долларов.',
    ],
    expect: [o('81 доллар', 81), o('81,4 доллара', 81.4), p('100 тысяч долларов', 100000)],
  },
];
