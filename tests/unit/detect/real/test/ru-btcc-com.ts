import { p, type RealCase } from '../labels';

// Exchange "square" post (Russian) retelling an analyst's X post: a drop target in the title and prose, and a
// correction range written with an en dash between two dollar amounts ("$92 000–$94 000").
export const cases: RealCase[] = [
  {
    url: 'https://www.btcc.com/ru-RU/square/DeFiRaptor/482589',
    lang: 'ru',
    tags: ['forum', 'prose', 'format'],
    title: 'Вершина Биткоина достигнута: цена может упасть до $92 000, предупреждает аналитик',
    blocks: [
      'Криптоаналитик Captain Faibik считает, что Биткоин уже прошёл вершину и скоро может заметно упасть. По его прогнозу, цена BTC опустится ниже $100 000 и дойдёт до $92 000.',
      'В посте на X он указал на сильное медвежье расхождение RSI на недельном графике: BTC, похоже, достиг максимума и готов к коррекции в диапазоне $92 000–$94 000.',
    ],
    expect: [p('$100 000', 100000), p('$92 000', 92000), p('$92 000', 92000), p('$94 000', 94000)],
  },
];
