import { c, o, p, type RealCase } from '../labels';

// coinphoton.com (vi): miners' margins triple; the regression model's cost to mine 1 BTC (c) against the
// BTC price (p), and revenue per exahash (o); a second page reuses JPMorgan's cost estimate as a price target.
export const cases: RealCase[] = [
  {
    url: 'https://coinphoton.com/bien-loi-nhuan-tho-dao-bitcoin-gap-3-lan-du-do-kho-tang.html',
    lang: 'vi',
    tags: ['cost', 'prose'],
    title: 'Thợ đào Bitcoin chứng kiến biên lợi nhuận gấp 3 lần mặc dù độ khó khai thác tăng cao hơn',
    blocks: [
      'Thợ đào Bitcoin chứng kiến biên lợi nhuận gấp 3 lần mặc dù độ khó khai thác tăng cao hơn',
      'Mô hình hồi quy ước tính chi phí khai thác 1 BTC vào khoảng 33.900 đô la, trong khi giá Bitcoin đạt 105.480 đô la tại thời điểm viết bài. Tuy vậy, biên lợi nhuận vẫn chịu sức ép từ cạnh tranh giữa các thợ đào khi hashrate liên tục tăng. Theo Glassnode, doanh thu trên mỗi exahash hiện ở mức 60.800 USD.',
    ],
    expect: [c('33.900 đô la', 33900), p('105.480 đô la', 105480), o('60.800 USD', 60800)],
  },
  {
    url: 'https://coinphoton.com/?p=501323',
    lang: 'vi',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'JPMorgan ước tính chi phí sản xuất Bitcoin tăng lên 45.000 USD',
    blocks: [
      'JPMorgan ước tính chi phí sản xuất Bitcoin tăng lên 45.000 USD',
      'JPMorgan đã điều chỉnh ước tính chi phí sản xuất của Bitcoin lên 45.000 USD từ dự đoán trước đó là 42.000 USD do sự thay đổi trong hashrate khai thác Bitcoin.',
      '“Hashrate hiện tại và mức tiêu thụ điện năng đặt ước tính chi phí sản xuất Bitcoin trung tâm của chúng tôi vào khoảng 45.000 USD, tức là thấp hơn đáng kể so với giá hiện tại” khoảng 65.000 USD, các nhà phân tích cho biết thêm.',
      'Vào tháng 2, các nhà phân tích ước tính chi phí sản xuất một Bitcoin là 42.000 USD. Do đó, họ cũng coi 42.000 USD là mục tiêu giá của Bitcoin khi sự hưng phấn do halving giảm dần sau tháng 4.',
    ],
    expect: [
      c('45.000 USD', 45000),
      c('45.000 USD', 45000),
      c('42.000 USD', 42000),
      c('45.000 USD', 45000),
      p('65.000 USD', 65000),
      c('42.000 USD', 42000),
      p('42.000 USD', 42000),
    ],
  },
];
