import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://crypto-emergency.com/read-blog/751_majning-bitkoina-v-ubytke-pochemu-dobycha-btc-bolshe-ne-prinosit-pribyl-i-kuda-u.html?lang=english',
    lang: 'ru',
    tags: ['prose', 'cost', 'anaphora'],
    blocks: [
      'Обвал крипторынка сильно ударил по майнингу биткоина: по оценке Rosenblatt, из‑за падения цены добыча стала убыточной для большинства компаний.',
      'В последних сделках биткоин стоил $64 143, потеряв около 26 % с начала года. Во вторник курс ненадолго опускался ниже $63 000 — минимум за две недели.',
      {
        heading: 'Что говорят аналитики',
        text: 'Аналитик Rosenblatt Крис Брендлер отмечает, что выручка от майнинга упала ниже 3 центов. Хэш‑цена за три месяца снизилась примерно на 30 %; по данным Hashrate Index, сейчас это около $28 за терахеш в секунду в день.',
      },
    ],
    expect: [p('$64 143', 64143), p('$63 000', 63000), o('3 центов', 0.03), o('$28', 28)],
  },
];
