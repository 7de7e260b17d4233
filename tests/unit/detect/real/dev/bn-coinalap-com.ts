import { o, p, type RealCase } from '../labels';

// Bengali crypto blog: dollar sign before Bengali digits with a hyphenated case ending ("$৩৫,০০০-এর"), a
// Latin-digit "24 ঘন্টায়" amid Bengali digits, a k suffix with the currency word after it ("৬৯k ডলারে"), and
// ether's level in its own sentence (other). The title has "৩৫k" with no currency (never labelled).
export const cases: RealCase[] = [
  {
    url: 'https://coinalap.com/%e0%a6%b0%e0%a6%be%e0%a6%a4%e0%a6%be%e0%a6%b0%e0%a6%be%e0%a6%a4%e0%a6%bf-btc-%e0%a7%a9%e0%a7%abk-%e0%a6%8f%e0%a6%b0-%e0%a6%a8%e0%a6%bf%e0%a6%9a%e0%a7%87',
    lang: 'bn',
    tags: ['prose', 'anaphora', 'format'],
    title: 'রাতারাতি BTC ৩৫k এর নিচে',
    blocks: [
      'গতকাল রাতারাতি বিটকয়েনের দাম অনেকটা কমে যায়, ফলে কয়েনমার্কেটক্যাপে এর দাম $৩৫,০০০-এর নিচে নেমে আসে।',
      'CMC ( কয়েনমার্কেটক্যাপ) অনুযায়ী, গত 24 ঘন্টায় বিটকয়েনের দাম প্রায় ১০% কমেছে, এবং বর্তমানে এর দাম $৩৫,০০০ থেকে সামান্য বেশি।',
      'বিটকয়েনের দাম গত ২৪-ঘণ্টার সর্বনিম্ন $৩৪,০২০.২৭ এ নেমে আসে। ক্রিপ্টোকারেন্সিটি এত নিচু স্তরে নামা ২০২১ সালের জুলাইয়ের আগের ছয় মাসে দেখা যায়নি।',
      'গত বছরের ১০ নভেম্বর সর্বকালের সর্বোচ্চ ৬৯k ডলারে পৌঁছানোর পর, বিটকয়েনের দাম ধীরে ধীরে কমতে থাকে, সাম্প্রতিক সপ্তাহগুলোতে এর সেল অফ (দরপতন) আরও বেড়েছে।',
      'শুধু বিটকয়েন নয়। ইথেরিয়াম, মার্কেট ক্যাপে দ্বিতীয় বৃহত্তম ক্রিপ্টোকারেন্সিও ভুগছে: গত ২৪ ঘন্টায় এর দামও ১৫% কমেছে, এখন এটি $২,৪০০ এর নিচে ট্রেড করছে।',
    ],
    expect: [
      p('$৩৫,০০০', 35000),
      p('$৩৫,০০০', 35000),
      p('$৩৪,০২০.২৭', 34020.27),
      p('৬৯k ডলারে', 69000),
      o('$২,৪০০', 2400),
    ],
  },
];
