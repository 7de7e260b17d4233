import { c, o, type RealCase } from '../labels';

// 'USD' before the number, with a space ('USD 70,000 ต่อ BTC') and without ('USD52 ต่อ PH/s').
export const cases: RealCase[] = [
  {
    url: 'https://th-stg.beintech.news/bitcoin-mining-cost-surges-in-q2-2025',
    lang: 'th',
    tags: ['cost', 'prose', 'format'],
    title: 'ต้นทุนการขุด Bitcoin พุ่งกว่า 34% เมื่อ Hashrate ทำสถิติใหม่',
    blocks: [
      'ต้นทุนการขุด Bitcoin พุ่งกว่า 34% เมื่อ Hashrate ทำสถิติใหม่',
      'ต้นทุนการขุด Bitcoin พุ่งกว่า 34% ในสองไตรมาส เกิน USD 70,000 ต่อ BTC จากการเพิ่มขึ้นของ hashrate และราคาพลังงาน',
      'อัตราแฮชของเครือข่ายใกล้ 1,000 EH/s ดันความยากขึ้นไปที่สถิติ 126 ล้านล้าน กดกำไรนักขุดเหลือเพียง USD52 ต่อ PH/s',
      'นักขุดหันไปหา AI และกลยุทธ์ผลตอบแทนเมื่อค่าธรรมเนียมธุรกรรมลดลงต่ำกว่า 1%',
      'อุตสาหกรรมการขุด Bitcoin กำลังผ่านช่วงเวลาที่ปั่นป่วน ต้นทุนการผลิตพุ่งสูงขึ้นและอัตราแฮชของเครือข่ายทำลายสถิติ',
    ],
    expect: [c('USD 70,000', 70000), o('USD52', 52)],
  },
];
