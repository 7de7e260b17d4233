import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://sky.pro/wiki/money/samaya-bolshaya-kriptovalyuta-v-mire-kak-bitcoin-sohranyaet-liderstvo',
    lang: 'ru',
    tags: ['prose', 'format'],
    title: 'Самая большая криптовалюта в мире: как Bitcoin сохраняет лидерство',
    blocks: [
      'Bitcoin — финансовый гигант, чья рыночная капитализация превышает $1,3 триллиона в 2025 году. Первая криптовалюта пережила бесчисленные «похороны» от скептиков и по-прежнему занимает более 50% всей капитализации крипторынка.',
      'Что стоит за этим лидерством и почему даже в эпоху технологических инноваций король криптовалют сохраняет свою корону?',
    ],
    expect: [o('$1,3 триллиона', 1.3e12)],
  },
];
