import { c, p, type RealCase } from '../labels';

// Machine-translated crypto news. The Difficulty Regression cost per coin ("18.8 ألف دولار") sits next to the
// coin's price, which the translation mangled into "16,5771.8،XNUMX دولار" (the source read $16,577.18).
export const cases: RealCase[] = [
  {
    url: 'https://ar.bitcoinethereumnews.com/bitcoin/btc-is-now-cheaper-than-the-all-in-sustaining-cost-of-mining-btc/',
    lang: 'ar',
    tags: ['cost', 'prose', 'format'],
    title: 'أصبحت BTC الآن أرخص من التكلفة الشاملة لتعدين BTC',
    blocks: [
      'أصبحت BTC الآن أرخص من التكلفة الشاملة لتعدين BTC',
      'أصبحت تكلفة Bitcoin (BTC) الآن أرخص من تكلفة تعدين Bitcoin واحد ، وفقًا لنموذج انحدار الصعوبة.',
      'وفقًا للبيانات التي تم الحصول عليها من Glassnode ، تبلغ التكلفة الحالية لتعدين Bitcoin واحد 18.8 ألف دولار ، في حين أن تكلفة عملة البيتكوين الواحدة هي 16,5771.8،XNUMX دولار.',
      "يعتبر نموذج انحدار الصعوبة الخلاصة النهائية لـ `` سعر '' التعدين ، إذ يجمع متغيرات التعدين كلها في رقم واحد يمثل متوسط تكلفة إنتاج البيتكوين لدى صناعة التعدين.",
      'بالإضافة إلى ذلك ، تشير بيانات Tradingview إلى أن سعر Bitcoin الآن أقل من تكلفة الكهرباء. إنه أكبر خصم منذ أن بلغ السعر 4 آلاف دولار في 13 مارس 2020 و 160 دولارًا في 14 يناير 2015.',
    ],
    expect: [
      c('18.8 ألف دولار', 18800),
      p('16,5771.8،XNUMX دولار', 16577.18),
      p('4 آلاف دولار', 4000),
      p('160 دولارًا', 160),
    ],
  },
];
