import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptonews.com/th/news/bitcoin-price-forecast-70-percent-chance-new-high/',
    lang: 'th',
    tags: ['prose'],
    title: 'ผู้เชี่ยวชาญคาด Bitcoin มีโอกาสสูง 70% ทำจุดสูงสุดใหม่ภายใน 2 สัปดาห์นี้',
    blocks: [
      'หลังธนาคารกลางสหรัฐ (Fed) ประกาศลดอัตราดอกเบี้ยลง 0.25% เงินทุนก็ไหลเข้าสู่ตลาดสินทรัพย์เสี่ยงอย่างรวดเร็ว ราคาของ Bitcoin จึงฟื้นกลับขึ้นมาอย่างแข็งแกร่ง หลังพักฐานอยู่ใต้ระดับ $115,000 ได้ไม่นาน',
      'นักวิเคราะห์หลายสำนักเชื่อว่าความเคลื่อนไหวนี้อาจผลักให้ Bitcoin วิ่งไปทำจุดสูงสุดใหม่ (ATH) ในรอบนี้',
    ],
    expect: [p('$115,000', 115000)],
  },
];
