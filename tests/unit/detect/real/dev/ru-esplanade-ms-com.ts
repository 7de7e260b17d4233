import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.esplanade-ms.com/ru/%d0%ba%d1%83%d1%80%d1%81-%d0%b1%d0%b8%d1%82%d0%ba%d0%be%d0%b8%d0%bd%d0%b0-%d0%b2%d0%bf%d0%b5%d1%80%d0%b2%d1%8b%d0%b5-%d0%bf%d1%80%d0%b5%d0%b2%d1%8b%d1%81%d0%b8%d0%bb-7000-%d0%bf%d1%80%d0%be%d0%b1/',
    lang: 'ru',
    tags: ['prose', 'anaphora'],
    blocks: [
      'Курс биткоина впервые перевалил за $7000 — ещё один психологически важный рубеж.',
      'Прошёл всего месяц с тех пор, как криптовалюта впервые взяла отметку $5000.',
    ],
    expect: [p('$7000', 7000), p('$5000', 5000)],
  },
];
