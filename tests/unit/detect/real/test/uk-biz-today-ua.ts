import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://biz.today.ua/russkyj-bytkoyn-uzhe-prevysyl-60-tysyach-dollarov-y-uverenno-podnymaetsya-k-svoemu-aprelskomu-rekordu/amp',
    lang: 'uk',
    tags: ['prose', 'anaphora', 'change', 'format'],
    blocks: [
      'У п’ятницю, 15 жовтня, біткоїн за один день піднявся більш ніж на 3 тисячі доларів і впевнено наближається до свого абсолютного рекорду, встановленого у квітні.',
      'На вечір п’ятниці біткоїн упевнено перетнув позначку в 60 тисяч доларів і стрімко наближається до рекорду. Рекордна величина цієї криптовалюти була зафіксована в квітні 2021 на рівні 64 895 000 доларів.',
    ],
    expect: [o('3 тисячі доларів', 3000), p('60 тисяч доларів', 60000), p('64 895 000 доларів', 64895000)],
  },
];
