import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://freedmanclub.com/dlya-chego-microstrategy-pokupaet-tak-mnogo-bitcoin/embed/',
    lang: 'ru',
    tags: ['prose', 'format'],
    title: 'Для чего MicroStrategy покупает так много Bitcoin?',
    blocks: [
      'Для чего MicroStrategy покупает так много Bitcoin?',
      'MicroStrategy сообщила, что купила 21 454 биткоина по совокупной закупочной цене в 250 миллионов долларов. Публикуем интервью с исполнительным директором компании Майклом Дж. Сэйлором.',
    ],
    expect: [o('250 миллионов долларов', 250e6)],
  },
];
