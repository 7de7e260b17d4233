import { o, p, type RealCase } from '../labels';

// Bangladeshi news in Bengali digits: each level is followed by its one-day change ("যা আগের দিনের তুলনায়
// ১৩৪১ ডলার কম", "which is 1341 dollars less than the day before"); the year's high sits in a sentence that
// says only "বছরের সর্বোচ্চ দাম" (the year's highest price); ether's level and change close the passage.
export const cases: RealCase[] = [
  {
    url: 'https://www.obirambanglanews24.com/2023/09/02/%E0%A6%AC%E0%A6%BF%E0%A6%9F%E0%A6%95%E0%A7%9F%E0%A7%87%E0%A6%A8%E0%A7%87%E0%A6%B0-%E0%A7%AA-%E0%A7%AF%E0%A7%A7-%E0%A6%B6%E0%A6%A4%E0%A6%BE%E0%A6%82%E0%A6%B6-%E0%A6%A6%E0%A6%B0%E0%A6%AA%E0%A6%A4%E0%A6%25/',
    lang: 'bn',
    tags: ['prose', 'change', 'anaphora', 'format'],
    blocks: [
      'বৃহস্পতিবার বিটকয়েনের মূল্য ৪.৯১ শতাংশ কমেছে। এদিন বিটকয়েনের মূল্য নেমে আসে ২৫ হাজার ৯৫৭ ডলারে, যা আগের দিনের চেয়ে ১৩৪১ ডলার কম।',
      'বিশ্বের সবচেয়ে বড় ও পরিচিত ক্রিপ্টোকারেন্সিটি চলতি বছরের সর্বোচ্চ দামের তুলনায় এখন ১৮.৪ শতাংশ নিচে রয়েছে।',
      'গত জুলাইয়ে বছরের সর্বোচ্চ দাম ছিলো ৩১ হাজার ৮১৮ ডলার। ইথেরিয়াম ব্লকচেইনের কয়েন ‘ইথার’ এর দামও ৩.৫৭ শতাংশ কমে ১৬৪৪.৪ ডলারে নেমেছে, যা আগের দিনের চেয়ে ৬০.৯ ডলার কম।',
    ],
    expect: [
      p('২৫ হাজার ৯৫৭ ডলারে', 25957),
      o('১৩৪১ ডলার', 1341),
      p('৩১ হাজার ৮১৮ ডলার', 31818),
      o('১৬৪৪.৪ ডলারে', 1644.4),
      o('৬০.৯ ডলার', 60.9),
    ],
  },
];
