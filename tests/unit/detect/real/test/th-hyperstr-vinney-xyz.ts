import { o, type RealCase } from '../labels';

// Thai Nostr long-form thread on a conference quote: Bitcoin's liquidity as a total, once in Thai words
// ("2 ล้านล้านดอลลาร์") and once as "$2T" in the quote; neither is a coin price.
export const cases: RealCase[] = [
  {
    url: 'https://hyperstr.vinney.xyz/html/thread/140dafbc0a837e77eb2298d116b4052d06318cfc5dc8351ed7782272b83cb0e1',
    lang: 'th',
    tags: ['forum', 'format'],
    blocks: [
      'Bitcoin อายุ 17 ปี กับสภาพคล่องราว 2 ล้านล้านดอลลาร์',
      'บทความนี้เรียบเรียงจากโพสต์ของเพจ Thailand Blockchain Week และคำกล่าวบนเวทีของผู้บริหาร Right Shift ในงานปี 2025',
      '“Bitcoin เกิดมา 17 ปี Liquidity ตอนนี้อยู่ที่ประมาณ $2T ถือว่าใหญ่ไหม…ใหญ่ แต่เทียบกับทองคำ มันยังเป็นเบบี๋ตัวนิดเดียว”',
    ],
    expect: [o('2 ล้านล้านดอลลาร์', 2e12), o('$2T', 2e12)],
  },
];
