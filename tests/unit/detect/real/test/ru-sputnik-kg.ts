import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://ru.sputnik.kg/20171129/bitkoin-pereshel-otmetku-v-10-tys-no-pozzhe-stal-snizhatsya-1036561761.html',
    lang: 'ru',
    tags: ['prose', 'format'],
    title: 'Биткоин перешел отметку в 10 тыс., но позже стал снижаться',
    blocks: [
      'БИШКЕК, 29 ноя — Sputnik. Самая популярная в мире криптовалюта биткоин (bitcoin) утром 29 ноября обновила исторический максимум, дойдя до 10,053 тысячи долларов, но затем снова подешевела, сообщает РИА Новости.',
    ],
    expect: [p('10,053 тысячи долларов', 10053)],
  },
];
