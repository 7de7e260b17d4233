import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.ebc.com/th/forex/284066.html',
    lang: 'th',
    tags: ['prose'],
    title: 'Bitcoin คืออะไรกันแน่? เจาะลึกกลไก "ความเชื่อ" ที่ทำให้คนรวยเละและหมดตัวในเวลาเดียวกัน',
    blocks: [
      'ดิฉันเห็นเพื่อนนักเทรดคนหนึ่งหมดตัวในเดือนมกราคม เพียงเพราะเขา "ปักใจเชื่อ" สุดตัวว่าการที่ Bitcoin พุ่งแตะ 95,000 ดอลลาร์ คือสัญญาณว่าตลาด "กลับมาแล้ว"',
    ],
    expect: [p('95,000 ดอลลาร์', 95000)],
  },
];
