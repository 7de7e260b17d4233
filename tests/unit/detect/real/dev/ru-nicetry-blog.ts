import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://nicetry.blog/electronic/bitcoin-mining-roi-russia-legal',
    lang: 'ru',
    tags: ['prose', 'cost', 'format'],
    blocks: [
      {
        heading: 'Что влияет на окупаемость майнинга: базовая матрица факторов',
        text: 'Экономика проекта очень чувствительна к тарифу за кВт·ч: разница в 1–2 руб. кардинально меняет срок возврата вложений. Дальше — волатильность курса BTC: рост сокращает срок до 1–1,5 года, падение растягивает до 2–3+.',
      },
    ],
    expect: [o('1', 1, 'RUB'), o('2 руб.', 2, 'RUB')],
  },
];
