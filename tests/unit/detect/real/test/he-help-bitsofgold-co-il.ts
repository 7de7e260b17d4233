import { o, type RealCase } from '../labels';

// Fee page of a Bitcoin broker: minimum fees "43 ש״ח" with the gershayim sign (U+05F4) in the shekel abbreviation.
export const cases: RealCase[] = [
  {
    url: 'https://help.bitsofgold.co.il/he/articles/9042396-%D7%9E%D7%94-%D7%94%D7%A2%D7%9C%D7%95%D7%99%D7%95%D7%AA-%D7%A9%D7%9C%D7%9B%D7%9D',
    lang: 'he',
    tags: ['label-value', 'format'],
    title: 'מה העלויות שלכם?',
    blocks: [
      'מה העלויות שלכם?',
      'קניה ומכירה בהעברה בנקאית: עמלת השירות נעה בין 1.95% - 1.20%, ונקבעת לפי אמצעי התשלום ולפי נפח העסקאות המצטבר של הלקוח/ה בשלושת החודשים האחרונים. עמלת המינימום היא 43 ש״ח לעסקה.',
      'קניה בכרטיס אשראי: עמלת שירות + 3.5% עמלת סליקה. עמלת המינימום היא 13 ש״ח לעסקה.',
      'קניה בכספומט הביטקוין: 5%',
      'לכל העמלות יתווסף מע״מ כדין.',
    ],
    expect: [o('43 ש״ח', 43, 'ILS'), o('13 ש״ח', 13, 'ILS')],
  },
];
