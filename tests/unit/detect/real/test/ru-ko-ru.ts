import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://ko.ru/articles/kak-postroit-mayningovuyu-fermu/amp',
    lang: 'ru',
    tags: ['prose', 'change'],
    title: 'Как построить майнинговую ферму',
    blocks: [
      'Токены очень чувствительны к новостям. Два заявления Илона Маска — что Tesla будет продаваться за криптовалюту и что не будет — за месяц сначала разогнали, а потом обрушили курс и вдвое урезали совокупный дневной доход майнеров: с $68 млн 10 мая до $31 млн к 17 июня.',
    ],
    expect: [o('$68 млн', 68e6), o('$31 млн', 31e6)],
  },
];
