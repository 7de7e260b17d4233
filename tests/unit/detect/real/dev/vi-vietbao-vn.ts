import { o, p, type RealCase } from '../labels';

// The record sentence names only 'đồng tiền điện tử này' (this cryptocurrency); decimals with a comma ('124.002,49 USD').
export const cases: RealCase[] = [
  {
    url: 'https://vietbao.vn/bitcoin-lap-ky-luc-moi-khi-nha-dau-tu-do-xo-vao-cac-tai-san-rui-ro-555855.html',
    lang: 'vi',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin lập kỷ lục mới khi nhà đầu tư đổ xô vào các tài sản rủi ro',
    blocks: [
      'Đồng tiền điện tử Bitcoin. Ảnh: Reuters/TTXVN',
      'Tối 13/8 tại New York, đồng tiền điện tử này đã vượt mốc 123.500 USD, phá đỉnh mọi thời đại trước đó là 123.205,12 USD thiết lập ngày 14/7, ngay sau khi S&P 500 đóng cửa ở mức kỷ lục phiên thứ hai liên tiếp.',
      'Sáng sớm 14/8 theo giờ châu Á, bitcoin tăng thêm 0,9% và đạt 124.002,49 USD.',
      'Cùng ngày, đồng tiền điện tử lớn thứ hai là ether cũng chạm 4.780,04 USD, mức cao nhất kể từ cuối năm 2021.',
    ],
    expect: [
      p('123.500 USD', 123500),
      p('123.205,12 USD', 123205.12),
      p('124.002,49 USD', 124002.49),
      o('4.780,04 USD', 4780.04),
    ],
  },
  {
    url: 'https://vietbao.vn/bitcoin-giam-manh-co-nen-cat-lo-362761.html',
    lang: 'vi',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin giảm mạnh, có nên cắt lỗ?',
    blocks: [
      'Sáng 22/6, Bitcoin giao dịch ở giá 20.697 USD, nhích nhẹ so với một ngày trước. Dù đã hồi lên từ mức dưới 18.000 USD vài ngày trước, đồng tiền số lâu đời này vẫn mất hơn 30% so với mốc 30.000 USD cách đây nửa tháng.',
    ],
    expect: [p('20.697 USD', 20697), p('18.000 USD', 18000), p('30.000 USD', 30000)],
  },
];
