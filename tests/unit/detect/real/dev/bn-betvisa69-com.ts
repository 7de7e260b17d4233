import { o, p, type RealCase } from '../labels';

// Mirror of a West Bengal (Indian) Bengali news story: "টাকা" here means Indian rupees ("ভারতীয় মুদ্রায়", in
// Indian currency), and the rupee amount "১ লাখ ৩৭ হাজার টাকা" is the day's rise, not a price.
export const cases: RealCase[] = [
  {
    url: 'http://betvisa69.com/pictures/bitcoin-price-surge-cryptocurrency-rate-on-rise-breaches-21-months-highest-mark-by-crossing-45-thousand-barrier/amp-31704246219412.html',
    lang: 'bn',
    tags: ['prose', 'change', 'format'],
    blocks: [
      'আবারও ৪৫ হাজার ডলারের গণ্ডি পেরিয়ে গেল বিটকয়েন। ২ জানুয়ারি, মঙ্গলবার, এক ধাক্কায় ৫.২ শতাংশেরও বেশি বাড়ল বিটকয়েনের দাম। এর ফলে গত ২১ মাসের মধ্যে সবচেয়ে উঁচু স্তরে পৌঁছেছে বিটকয়েনের দাম। একই দিনে ভারতীয় মুদ্রায় বিটকয়েনের দাম বাড়ে প্রায় ১ লাখ ৩৭ হাজার টাকা।',
    ],
    expect: [p('৪৫ হাজার ডলারের', 45000), o('১ লাখ ৩৭ হাজার টাকা', 137000, 'INR')],
  },
];
