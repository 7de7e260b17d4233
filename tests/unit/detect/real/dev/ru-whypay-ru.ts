import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://whypay.ru/cena-bitkojna-btc-demonstriruet-samye-vysokie-nedelnye-pokazateli-s-iyunya-na-fone-azhiotazha-vokrug-spotovyx-etf/',
    lang: 'ru',
    tags: ['prose', 'anaphora'],
    title: 'Цена биткойна (BTC) показывает лучшую неделю с июня на фоне ажиотажа вокруг спотовых ETF',
    blocks: [
      'Цена биткойна выросла примерно на 10% за последние семь дней — это самый сильный недельный рост с июня. Наблюдатели связывают движение со спекуляциями вокруг возможного спотового биржевого фонда (ETF).',
      'За неделю цена ведущей криптовалюты несколько раз доходила до отметки в 30 000 долларов на слухах об одобрении ETF. На момент публикации BTC торговался по 29 688 долларов.',
    ],
    expect: [p('30 000 долларов', 30000), p('29 688 долларов', 29688)],
  },
];
