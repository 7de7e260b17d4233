import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptokacca.ru/s-dnem-bitkoin-piccy.html',
    lang: 'ru',
    tags: ['prose', 'format'],
    title: 'С Днём Биткойн-Пиццы!',
    blocks: [
      'Первая в мире покупка за биткойны была совершена 22 мая 2010 года, и с тех пор этот день отмечается как День Биткойн-Пиццы. Тогда программист Ласло Ханеч потратил 10 000 BTC на две пиццы.',
      'Согласно Twitter @bitcoin_pizza, где котировки обновляются ежедневно, стоимость Биткойн-пиццы сейчас составляет $373,063,227.',
    ],
    expect: [o('$373,063,227', 373063227)],
  },
];
