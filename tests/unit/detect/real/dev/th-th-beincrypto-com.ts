import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://th.beincrypto.com/what-bitcoin-supply-trends-means-for-price',
    lang: 'th',
    tags: ['prose', 'anaphora', 'format'],
    blocks: [
      'ราคา Bitcoin เคลื่อนไหวผันผวนในช่วงไม่กี่วันที่ผ่านมา โดยสกุลเงินดิจิทัลชั้นนำนี้พยายามรักษาระดับ USD 100,000 ให้เป็นแนวรับที่มั่นคง แต่แม้จะพยายามหลายครั้ง BTC ก็เจอแรงต้านหนัก ทำให้แรงขายเพิ่มขึ้น',
    ],
    expect: [p('USD 100,000', 100000)],
  },
];
