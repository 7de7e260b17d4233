import { o, type RealCase } from '../labels';

// Crypto-news aggregator in Bengali: the mining hashprice (dollars per PH/s per day) is called the miners'
// "ব্রেকইভেন পয়েন্ট" (break-even point); neither amount is a per-coin cost or a Bitcoin price.
export const cases: RealCase[] = [
  {
    url: 'https://www.mcaketech.com/bn-BD/news/265282',
    lang: 'bn',
    tags: ['prose', 'cost'],
    blocks: [
      'বিটকয়েন মাইনিং হ্যাশ প্রাইস, যা এই শিল্পের মুনাফার মার্জিন বোঝার গুরুত্বপূর্ণ মেট্রিক, রেকর্ড নিম্ন স্তরের কাছাকাছি ঘুরছে।',
      'রেকর্ড-নিম্ন হ্যাশ প্রাইসের মধ্যে খরচ কমাতে বিটকয়েন মাইনিং কোম্পানিগুলো নবায়নযোগ্য শক্তির দিকে ঝুঁকছে; মাইনারদের লাভজনকতার এই মেট্রিক এখন $40 স্তরের নিচে, যে স্তরকে মাইনিং অপারেটরদের ব্রেকইভেন পয়েন্ট ধরা হয়।',
      'হ্যাশরেট ইনডেক্সের তথ্য অনুযায়ী, এই লেখার সময় হ্যাশ প্রাইস প্রতিদিন প্রতি পেটাহ্যাশ সেকেন্ড (PH/s/day) প্রায় $39.4।',
    ],
    expect: [o('$40', 40), o('$39.4', 39.4)],
  },
];
