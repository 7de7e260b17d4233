import { o, p, type RealCase } from '../labels';

// Bangladeshi news (Bengali digits): the change "৩১০ ডলার দরপতন" comes right before the level it leads to;
// the year's high is given in a sentence naming only "এই ক্রিপ্টোকারেন্সি"; "২০ হাজারের নিচে" repeats the
// level with the currency left out (dollars); ether's change and level close the passage.
export const cases: RealCase[] = [
  {
    url: 'https://procharona.com/?p=17443',
    lang: 'bn',
    tags: ['prose', 'change', 'anaphora', 'format'],
    blocks: [
      'আবারও ২০ হাজার ডলারের নিচে নেমে এসেছে বিটকয়েনের মূল্য। রবিবার ক্রিপ্টোকারেন্সিটি আগের দিনের তুলনায় ৩১০ ডলার দর হারিয়ে ১৯ হাজার ৮০৪ ডলারে নেমে আসে। খবর রয়টার্স।',
      'বিশ্বের বৃহত্তম ও সর্বাধিক জনপ্রিয় এই ক্রিপ্টোকারেন্সি গত মার্চে বছরের সর্বোচ্চ মূল্য ৪৮ হাজার ২৩৪ ডলারে উঠেছিল। সেই হিসাবে বিটকয়েনের দর কমেছে ৫৮.৯ শতাংশ। গত মাসের শেষ দিকেও এটি ২০ হাজারের নিচে নেমে গিয়েছিল।',
      'অন্যদিকে ইথেরিয়াম ব্লকচেইন নেটওয়ার্কের কয়েন ইথারের মূল্য রবিবার ৩.২ শতাংশ কমেছে। আগের দিনের চেয়ে ৪৭ ডলার কমে এদিন মূল্য ১৪২১.১ ডলারের ঘরে নেমে আসে।',
    ],
    expect: [
      p('২০ হাজার ডলারের', 20000),
      o('৩১০ ডলার', 310),
      p('১৯ হাজার ৮০৪ ডলারে', 19804),
      p('৪৮ হাজার ২৩৪ ডলারে', 48234),
      p('২০ হাজারের', 20000),
      o('৪৭ ডলার', 47),
      o('১৪২১.১ ডলারের', 1421.1),
    ],
  },
];
