import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://pvsm.ru/cat/bch',
    lang: 'ru',
    tags: ['prose', 'format'],
    title: 'От чего зависит комиссия Bitcoin',
    blocks: [
      'Сейчас у Bitcoin счастливая пора низких комиссий: в среднем за транзакцию платят 0,000023 BTC ($1,46), а на деле можно переводить BTC и дешевле.',
      'Но так бывает не всегда — в горячие периоды средняя комиссия (transaction fee) подскакивает в сто раз.',
    ],
    expect: [o('$1,46', 1.46)],
  },
];
