import { o, type RealCase } from '../labels';

// Mining-rig seller's payback sum: every amount is a rig price, daily yield, power bill or profit in 'đ'
// (dong glued to the number, dots for thousands), plus a '10-15$' daily profit range.
export const cases: RealCase[] = [
  {
    url: 'http://maydaotienaovn.com/thoi-gian-hoa-von-may-dao-bitcoin/',
    lang: 'vi',
    tags: ['format', 'prose'],
    title: 'Đầu tư Máy đào Bitcoin có thể hòa vốn được sau 3 tháng',
    blocks: [
      'Đầu tư Máy đào Bitcoin có thể hòa vốn được sau 3 tháng',
      'Từ số tiền đào được mỗi tháng, ta tính được thời gian hòa vốn như sau:',
      'Với lợi nhuận mỗi ngày đào được khoảng 10-15$ thì có thể tính như sau:',
      '+ Trị giá đầu tư 1 máy đào: 37.000.000đ – 40.000.000đ',
      '+ Giá trị đào được trong 1 tháng',
      '264.000đ/ngày x 30 ngày = 7.920.000đ',
      '+ Chi phí phát sinh: tiền điện 22kw/ngày',
      '=> 22 x 2.600đ/kw x 30 ngày = 1.716.000đ',
      '+ Lợi nhuận đào trong 1 tháng:',
      '7.920.000đ – 1.716.000đ = 6.204.000đ',
      '+ Lợi nhuận sau 3 tháng đào: lợi nhuận đào trong 3 tháng + 50% giá trị thanh lý máy đào',
      '= 6.204.000đ x 3 + 18.500.000đ = 37.112.000đ',
      '=> Như vậy là đã hòa vốn ngay sau 3 tháng.',
    ],
    expect: [
      o('10', 10),
      o('15$', 15),
      o('37.000.000đ', 37e6, 'VND'),
      o('40.000.000đ', 40e6, 'VND'),
      o('264.000đ', 264000, 'VND'),
      o('7.920.000đ', 7920000, 'VND'),
      o('2.600đ', 2600, 'VND'),
      o('1.716.000đ', 1716000, 'VND'),
      o('7.920.000đ', 7920000, 'VND'),
      o('1.716.000đ', 1716000, 'VND'),
      o('6.204.000đ', 6204000, 'VND'),
      o('6.204.000đ', 6204000, 'VND'),
      o('18.500.000đ', 18500000, 'VND'),
      o('37.112.000đ', 37112000, 'VND'),
    ],
  },
];
