import { p, type RealCase } from '../labels';

// Exchange blog: a live price in shekels is inserted after every mention of the coin, "ביטקוין (344,062.97 ₪)",
// the sign after the number.
export const cases: RealCase[] = [
  {
    url: 'https://blog.bitsofgold.co.il/bitcoin-mining-vs-government-control/',
    lang: 'he',
    tags: ['widget', 'format'],
    blocks: [
      'Getting your Trinity Audio player ready...',
      'ביטקוין (344,062.97 ₪) נולד כרעיון מהפכני: מערכת כספית שאינה נשלטת על ידי ממשלות, בנקים או סמכויות ריכוזיות. בלב המערכת עומד מנגנון הכרייה: תהליך שבו מחשבים מאמתים עסקאות ויוצרים מטבעות חדשים, בלי להזדקק לגוף מתווך.',
      'בפועל, ריכוזיות גוברת, רגולציה סביבתית, לחץ כלכלי ומגמות פוליטיות מציבים בפני הכרייה אתגרים חדשים. השאלה אינה רק טכנית אלא גם עקרונית: האם ביטקוין (344,062.97 ₪) באמת חסין מהתערבות ממשלתית?',
    ],
    expect: [p('344,062.97 ₪', 344062.97, 'ILS'), p('344,062.97 ₪', 344062.97, 'ILS')],
  },
];
