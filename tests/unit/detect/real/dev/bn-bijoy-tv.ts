import { o, p, type RealCase } from '../labels';

// Bangladeshi TV news (Bengali digits) writing "বিট কয়েন" as two words. The rise is given in dollars and in
// taka ("৮ হাজার ডলার বা ৬ লাখ ৮০ টাকা"; the page drops হাজার from the taka figure, 6 lakh 80 thousand is meant,
// so the value is 680000); the price follows in US dollars ("মার্কিন ডলার") and in Bangladeshi taka; the later
// levels name the coin only as "মুদ্রাটি" (the currency).
export const cases: RealCase[] = [
  {
    url: 'https://bijoy.tv/%e0%a6%85%e0%a6%b0%e0%a7%8d%e0%a6%a5%e0%a6%a8%e0%a7%80%e0%a6%a4%e0%a6%bf/71587',
    lang: 'bn',
    tags: ['prose', 'change', 'anaphora', 'format'],
    blocks: [
      'মাত্র ১১ দিনের ব্যবধানে ভার্চুয়াল মুদ্রা বিট কয়েনের দাম বেড়েছে ৮ হাজার ডলার বা ৬ লাখ ৮০ টাকা। বর্তমানে এক বিট কয়েনের দাম ২৮ হাজার মার্কিন ডলার যা বাংলাদেশি মুদ্রায় ২৩ লাখ ৮০ হাজার টাকা।',
      'সিএনএনের এক খবরে বলা হয়েছে, সম্পদের হিসাবে এটি ভিসা, মাস্টারকার্ড ও ওয়ালমার্টের মতো প্রতিষ্ঠানকেও ছাড়িয়ে গেছে বলে ধরা হচ্ছে।',
      'এর আগে গত সেপ্টেম্বরের মাঝামাঝি বিট কয়েনের দাম ২০ হাজার ডলারে ওঠানামা করছিল।',
      '২৫ সেপ্টেম্বর রেকর্ড পতনে মুদ্রাটির দাম ১১ হাজার ডলারের নিচে নেমে আসে। চলতি বছরের শুরুর দিকে মুদ্রাটির দাম ছিল ১ হাজার ডলারের মতো। তারপর থেকেই এর মূল্য বাড়তে থাকে।',
    ],
    expect: [
      o('৮ হাজার ডলার', 8000),
      o('৬ লাখ ৮০ টাকা', 680000, 'BDT'),
      p('২৮ হাজার মার্কিন ডলার', 28000),
      p('২৩ লাখ ৮০ হাজার টাকা', 2380000, 'BDT'),
      p('২০ হাজার ডলারে', 20000),
      p('১১ হাজার ডলারের', 11000),
      p('১ হাজার ডলারের', 1000),
    ],
  },
];
