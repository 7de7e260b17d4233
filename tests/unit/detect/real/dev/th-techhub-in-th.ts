import { p, type RealCase } from '../labels';

// 'เหรียญ' (coins) used for US dollars, then a bare baht conversion '165,000' with no currency word.
export const cases: RealCase[] = [
  {
    url: 'https://techhub.in.th/%e0%b8%9a%e0%b8%b4%e0%b8%97%e0%b8%84%e0%b8%ad%e0%b8%a2%e0%b8%99%e0%b9%8c%e0%b8%a3%e0%b9%88%e0%b8%a7%e0%b8%87%e0%b8%a5%e0%b8%87%e0%b8%ad%e0%b8%b5%e0%b8%81-%e0%b8%a3%e0%b8%b2%e0%b8%84%e0%b8%b2%e0%b9%80',
    lang: 'th',
    tags: ['prose', 'format'],
    title: 'บิทคอยน์ร่วงลงอีก',
    blocks: [
      'มูลค่าของ Bitcoin ลดลงต่ำกว่า 5,000 เหรียญ หรือประมาณ 165,000 ซึ่งเป็นครั้งแรกนับตั้งแต่เดือนตุลาคม พ.ศ. 2560',
      'Bitcoin ถือเป็นการลงทุนที่มีความเสี่ยงสูงรูปแบบหนึ่ง ค่าเงินสามารถผันผวนได้เพียงชั่วข้ามคืน แม้บ้านเราจะมีนักลงทุนบิทคอยน์ไม่มาก แต่นักขุดบ้านเรานั้นมีไม่น้อย',
    ],
    expect: [p('5,000 เหรียญ', 5000), p('165,000', 165000, 'THB')],
  },
];
