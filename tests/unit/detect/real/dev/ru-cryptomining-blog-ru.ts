import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptomining-blog.ru/bitcoin-shahtery-pod-davleniem-btc-chut-bolshe-57-200-dollarov-majning-rashody',
    lang: 'ru',
    tags: ['cost', 'anaphora'],
    blocks: [
      'Ончейн-данные говорят о том, что майнеры Bitcoin вскоре окажутся под давлением: цена подошла почти вплотную к их базовому уровню затрат.',
      'Модель регрессии сложности оценивает стоимость майнинга Bitcoin в 57 200 долларов США',
      'Аналитик Checkmate в посте в X сослался на модель регрессии сложности, которая оценивает среднюю себестоимость добычи одного токена для этих валидаторов сети.',
    ],
    expect: [c('57 200 долларов США', 57200)],
  },
];
