import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.gatedex.com/ru/crypto-wiki/article/what-is-the-current-crypto-market-cap-rankings-and-trading-volume-in-2026-20260112',
    lang: 'ru',
    tags: ['prose', 'format'],
    title: 'Рейтинг криптовалют по капитализации и объем торгов в 2026 году',
    blocks: [
      'Bitcoin и Ethereum по-прежнему лидируют в рейтинге по рыночной капитализации, но рынок стал разнообразнее. Токен OFFICIAL TRUMP — пример новой тенденции: его капитализация составляет около $1,09 млрд, а объем торгов за 24 часа превышает $1,08 млн.',
    ],
    expect: [o('$1,09 млрд', 1.09e9), o('$1,08 млн', 1.08e6)],
  },
  {
    url: 'https://www.gatedex.com/ru/crypto-wiki/article/what-is-the-current-crypto-market-overview-top-market-cap-rankings-trading-volume-and-liquidity-analysis-20260122',
    lang: 'ru',
    tags: ['prose', 'format'],
    title: 'Обзор крипторынка: рейтинг по капитализации, объем торгов и ликвидность',
    blocks: [
      'MYX Finance наглядно показывает эти параметры: рыночная капитализация сейчас около 5,98 млрд долларов, а полная разводненная стоимость равна этому значению. Ежедневный объем торгов — 1,24 млн долларов, доля рынка — 0,18%.',
    ],
    expect: [o('5,98 млрд долларов', 5.98e9), o('1,24 млн долларов', 1.24e6)],
  },
  {
    url: 'https://www.gatedex.com/ru/crypto-wiki/article/what-are-the-main-differences-between-cryptocurrency-competitors-in-market-cap-user-base-and-trading-volume-20260119',
    lang: 'ru',
    tags: ['prose', 'format'],
    title: 'Чем различаются конкуренты на крипторынке',
    blocks: [
      'Bitcoin, Ethereum и BNB занимают ведущие позиции по рыночной капитализации, их общая стоимость превышает $2 трлн. Вместе они составляют примерно две трети общей капитализации рынка, которая превышает $3 трлн.',
    ],
    expect: [o('$2 трлн', 2e12), o('$3 трлн', 3e12)],
  },
];
