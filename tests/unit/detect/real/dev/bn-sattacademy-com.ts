import { o, type RealCase } from '../labels';

// Bengali study page on mining costs: the price ("দাম") of an ASIC miner, a range of machine prices under a
// hardware-cost heading, not a Bitcoin price or a per-coin cost.
export const cases: RealCase[] = [
  {
    url: 'https://sattacademy.com/academy/%E0%A6%AE%E0%A6%BE%E0%A6%87%E0%A6%A8%E0%A6%BF%E0%A6%82-%E0%A6%8F%E0%A6%B0-%E0%A6%B8%E0%A6%BE%E0%A6%A5%E0%A7%87-%E0%A6%AF%E0%A7%81%E0%A6%95%E0%A7%8D%E0%A6%A4-%E0%A6%96%E0%A6%B0%E0%A6%9A-%E0%A6%8F%E0%A6%AC%E0%A6%82-%E0%A6%B2%E0%A6%BE%E0%A6%AD',
    lang: 'bn',
    tags: ['cost', 'prose'],
    title: 'মাইনিং এর সাথে যুক্ত খরচ এবং লাভ',
    blocks: [
      'মাইনিং এর সাথে যুক্ত খরচ এবং লাভ',
      'Bitcoin মাইনিং একটি জটিল প্রক্রিয়া, যার সঙ্গে উচ্চ প্রযুক্তি ও নানা ধরনের খরচ জড়িত। মাইনিং থেকে লাভের সুযোগ থাকলেও কিছু ক্ষেত্রে খরচও উল্লেখযোগ্য হতে পারে। নিচে Bitcoin মাইনিংয়ের খরচ ও লাভের দিকগুলো আলোচনা করা হলো।',
      {
        heading: '1. হার্ডওয়্যার খরচ',
        text: 'ASIC মাইনার: Bitcoin মাইনিংয়ের জন্য বিশেষভাবে তৈরি ASIC মাইনার ব্যবহৃত হয়। এগুলো অত্যন্ত কার্যকর, তবে সস্তা নয়। ASIC মাইনারের দাম প্রায় $500 থেকে $10,000 বা তারও বেশি হতে পারে।',
      },
    ],
    expect: [o('$500', 500), o('$10,000', 10000)],
  },
];
