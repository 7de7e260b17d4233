import { o, type RealCase } from '../labels';

// Home mining power bill: baht per unit (kWh) and per day, a '4-5 บาท' range; no Bitcoin price at all.
export const cases: RealCase[] = [
  {
    url: 'https://bitcointhai.com/bitcoin-mining-electric',
    lang: 'th',
    tags: ['format', 'prose'],
    title: 'ขุดบิทคอยน์ ค่าไฟ เท่าไหร่? วิธีคำนวณค่าไฟและกำไร 2024',
    blocks: [
      {
        text: 'ในประเทศไทย ค่าไฟฟ้าสำหรับบ้านพักอาศัยอยู่ที่ประมาณ 4-5 บาทต่อหน่วย (kWh) ขึ้นอยู่กับพื้นที่และการใช้งาน ถ้าใช้เครื่องขุดแบบ ASIC อย่าง Antminer S19 Pro ที่กินไฟราว 3,250 วัตต์ เปิดเต็มวัน (24 ชั่วโมง) จะใช้ไฟฟ้าประมาณ',
        heading: 'ค่าไฟฟ้าในประเทศไทยสำหรับการขุดบิทคอยน์',
      },
      '3.25 กิโลวัตต์ x 24 ชั่วโมง = 78 หน่วยต่อวัน',
      'เมื่อคำนวณค่าไฟฟ้ารายวัน',
      '78 หน่วย x 4.50 บาท = 351 บาทต่อวัน',
    ],
    expect: [o('4', 4, 'THB'), o('5 บาท', 5, 'THB'), o('4.50 บาท', 4.5, 'THB'), o('351 บาท', 351, 'THB')],
  },
];
