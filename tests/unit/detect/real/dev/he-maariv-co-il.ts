import { p, type RealCase } from '../labels';

// Daily paper: "לשווי של 67 אלף דולר" (to a value of) for the coin's price, a word also used for market value.
export const cases: RealCase[] = [
  {
    url: 'https://maariv.co.il/business/world/article-872113',
    lang: 'he',
    tags: ['prose', 'anaphora'],
    blocks: [
      'הביטקוין זינק היום (רביעי) לשווי של 67 אלף דולר ושבר שיא של כל הזמנים. מדובר בשווי הגבוה ביותר שאליו הגיע המטבע מאז מאי 2021, אז עמד על שווי של 64 אלף דולר.',
      'לפי ההערכות, הרשות לניירות ערך האמריקאית (SEC) היא שאחראית לזינוק המטבע, לאחר שאפשרה לראשונה הנפקה של קרנות סל (ETF) על חוזים עתידיים על מחיר הביטקוין.',
    ],
    expect: [p('67 אלף דולר', 67000), p('64 אלף דולר', 64000)],
  },
];
