import { o, type RealCase } from '../labels';

// Pizza-day feature: the pizzas' price and the present value of 10,000 coins, both next to the word ביטקוין and
// neither the price of one coin; "בסביבות ה-25 דולר" glues the article to the number.
export const cases: RealCase[] = [
  {
    url: 'https://www.mako.co.il/nexter-news/Article-e41879794a92881027.htm?Partner=rss',
    lang: 'he',
    tags: ['prose', 'format'],
    blocks: [
      'ב-22.5 יצוין כמו בכל שנה יום שכנראה לא שמעתם עליו: יום הביטקוין פיצה, או באנגלית Bitcoin Pizza Day, שמציין את עסקת הביטקוין הראשונה. ב-22 במאי 2010 פרסם חובב וכורה ביטקוין בשם לאסלו היינץ מודעה בפורום "ביטקוין-טוק", ובה הציע 10,000 ביטקוין למי שיארגן לו שתי פיצות.',
      'המחיר המוסכם לפיצות עמד אז בסביבות ה-25 דולר, שהיה שווי הוגן ל-10,000 מטבעות ביטקוין, בהתחשב בכך שהמטבע היה בחיתוליו.',
      '"היום 10,000 מטבעות ביטקוין שווים כ-270 מיליון דולר, וזו כנראה בדיעבד קניית הפיצה היקרה בעולם", מסבירה נעה משיח, מנכ"לית איגוד הביטקוין הישראלי.',
    ],
    expect: [o('25 דולר', 25), o('270 מיליון דולר', 270e6)],
  },
];
