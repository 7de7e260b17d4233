import { o, p, type RealCase } from '../labels';

// Pakistani TV news: a rise ("قیمت میں 10 ہزار ڈالر کا اضافہ", an increase of 10 thousand dollars in the
// price) and the level in the same sentence, the level naming the coin only as "ایک کوائن" (one coin), and the
// market size in ارب (1e9).
export const cases: RealCase[] = [
  {
    url: 'https://urdu.samaa.tv/208733497-',
    lang: 'ur',
    tags: ['prose', 'change', 'anaphora'],
    blocks: [
      'دنیا کی معروف ڈیجیٹل کرنسی بٹ کوائن کی قیمت بلند ترین سطح پر پہنچ گئی۔',
      'غیر ملکی میڈیا رپورٹس کے مطابق پچھلے سال مئی کے بعد سے ڈیجیٹل کرنسی بٹ کوائن کی قیمت میں 10 ہزار ڈالر کا اضافہ دیکھا گیا ہے اوران 18 ماہ میں ایک کوائن کی قیمت 35 ہزار ڈالر سے تجاوز کرکے بلند ترین سطح پر جا پہنچی۔',
      'رپورٹس کے مطابق بٹ کوائن کی قیمت میں اضافہ نئے ادارہ جاتی سرمایہ کاروں کی دلچسپی کی وجہ سے ہوا ہے، جبکہ اس کی مارکیٹ کا مجموعی حجم 700 ارب ڈالر سے بھی تجاوز کر گیا ہے۔',
    ],
    expect: [o('10 ہزار ڈالر', 10000), p('35 ہزار ڈالر', 35000), o('700 ارب ڈالر', 7e11)],
  },
];
