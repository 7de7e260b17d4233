import { o, p, type RealCase } from '../labels';

// 'các ngưỡng quan trọng 6.000, 5.000 và 4.000 USD': a list of levels where only the last carries 'USD'.
export const cases: RealCase[] = [
  {
    url: 'https://vtv8.vtv.vn/kinh-te/bitcoin-lao-doc-choc-thung-day-4000-usd-20181126222657181.htm',
    lang: 'vi',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin lao dốc, chọc thủng đáy 4.000 USD',
    blocks: [
      'Bitcoin lao dốc, chọc thủng đáy 4.000 USD',
      'Có thời điểm giá của 1 Bitcoin lùi về 3.500 USD/coin, xóa sạch phần lợi nhuận của việc mua tiền ảo kể từ đầu năm. Điều này trái ngược hẳn với thành tích mà đồng Bitcoin đạt được hồi cuối năm 2017, xấp xỉ 20.000 USD.',
      'Bitcoin giảm liên tiếp suốt năm 2018, và trong tháng 11 - vốn được kỳ vọng là thời điểm vàng của giá Bitcoin - đồng tiền ảo này đã đánh rơi các ngưỡng quan trọng 6.000, 5.000 và 4.000 USD. Đà trượt chưa có điểm dừng khiến Bitcoin mất hơn 3/4 giá trị trong chưa đầy 1 năm.',
      'Các đồng tiền số khác cũng chung cảnh. Đồng Ethereum - tiền ảo có vốn hóa lớn nhì thế giới - mất gần 85 % giá trị, còn Lite Coin và Ripple đều mất khoảng 87%.',
      'Làn sóng bán tháo đã kéo giá trị vốn hóa tiền ảo giảm mạnh. Gần 700 tỷ USD đã "bốc hơi" khỏi tổng giá trị vốn hóa của thị trường tiền ảo toàn cầu kể từ đầu năm tới nay.',
    ],
    expect: [
      p('4.000 USD', 4000),
      p('3.500 USD', 3500),
      p('20.000 USD', 20000),
      p('6.000', 6000),
      p('5.000', 5000),
      p('4.000 USD', 4000),
      o('700 tỷ USD', 700e9),
    ],
  },
];
