import { p, type RealCase } from '../labels';

// Forum thread on mining: the day's price in ASCII digits; coin counts ("21 میلیون عدد") carry no currency.
export const cases: RealCase[] = [
  {
    url: 'https://forum.mooshtari.ir/showthread.php?t=90&s=593850e12b313b150aeb1ab63dec6f33&p=149',
    lang: 'fa',
    tags: ['forum', 'prose'],
    blocks: [
      'امروز(دیروز) بیت کوین در حدود 11700 دلار بود و روند رو به رشد کماکان ادامه دارد.',
      'سؤالی که پیش می‌آید این است که اگر با این قیمت، کسی بتواند امروز بیت کوین استخراج کند، سود مطلق نصیبش می‌شود. ولی آیا واقعیت ماجرا هم همین است؟',
      'بیت کوین‌ها از آغاز 21 میلیون عدد بودند و بیشتر هم نخواهند شد؛ اما همه آنها از ابتدا در گردش نبودند. هم اکنون، حدود 16 میلیون و 717 هزار عدد از آنها وارد چرخه شده است.',
    ],
    expect: [p('11700 دلار', 11700)],
  },
];
