import { o, p, type RealCase } from '../labels';

// Thai crypto news on a MicroStrategy 8-K: the average price paid per coin (a BTC price level, twice)
// beside the total cost of the holdings (a negative), all in "ดอลลาร์" after the number.
export const cases: RealCase[] = [
  {
    url: 'https://bitcoinaddict.org/?p=44337',
    lang: 'th',
    tags: ['prose', 'format'],
    title: 'MicroStrategy ซื้อ Bitcoin เพิ่มอีก 3,907 BTC',
    blocks: [
      'ตามแบบฟอร์ม 8-K ที่ยื่นต่อ ก.ล.ต. สหรัฐฯ เมื่อวันอังคาร MicroStrategy ได้เพิ่มการถือครอง Bitcoin อีก 3,907 BTC ระหว่างวันที่ 1 กรกฎาคมถึงวันที่ 23 สิงหาคม',
      'เอกสารยังระบุว่า MicroStrategy ซื้อ BTC รอบนี้ที่ราคาเฉลี่ย 45,294 ดอลลาร์',
      'หลังการซื้อครั้งล่าสุด บริษัทถือครองทั้งหมด 108,992 BTC มีต้นทุนรวมประมาณ 2.918 พันล้านดอลลาร์ หรือราคาเฉลี่ยประมาณ 26,769 ดอลลาร์ต่อ “1 เหรียญ BTC”',
    ],
    expect: [p('45,294 ดอลลาร์', 45294), o('2.918 พันล้านดอลลาร์', 2.918e9), p('26,769 ดอลลาร์', 26769)],
  },
];
