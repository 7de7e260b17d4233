import { o, type RealCase } from '../labels';

// ETF outflows, each in USD with a 'tỷ đồng' conversion in brackets; 'giá Bitcoin(BTC)' sits between them.
export const cases: RealCase[] = [
  {
    url: 'https://vn.tokenpost.com/news/blockchain/21421',
    lang: 'vi',
    tags: ['prose', 'format'],
    blocks: [
      'Theo SoSoValue tổng hợp ngày 20 tháng 2 (giờ địa phương), trong tuần kết thúc cùng ngày, 12 quỹ ETF *Bitcoin(BTC) giao ngay* tại Mỹ ghi nhận khoảng 3,16 tỷ USD (khoảng 4.584 tỷ đồng) *rút ròng*, tuần thứ 5 liên tiếp vốn chảy ra. Cộng từ tuần bắt đầu ngày 20 tháng 1 đến nay, tổng vốn rút khỏi các ETF này đã lên khoảng 3,8 tỷ USD (khoảng 5.504,3 tỷ đồng).',
      'Đáng chú ý, tuần giao dịch này chỉ có 4 phiên vì kỳ nghỉ *Presidents’ Day*, nhưng cả ba phiên đầu tuần đều bị *rút ròng*. Điều này cho thấy ngay cả khi giá *Bitcoin(BTC)* tương đối ổn định, dòng tiền tổ chức vẫn chuyển sang chờ đợi thay vì tiếp tục mua mạnh.',
      'Theo ngày, tâm lý né rủi ro tăng dần trong tuần. Thứ Ba, ETF *Bitcoin(BTC)* bị rút khoảng 105 triệu USD (khoảng 1.520 tỷ đồng); thứ Tư tăng lên 133 triệu USD (khoảng 1.927 tỷ đồng); và thứ Năm khoảng 166 triệu USD (khoảng 2.404 tỷ đồng).',
      'Phiên thứ Sáu có khoảng 88 triệu USD (khoảng 1.275 tỷ đồng) quay lại ETF *Bitcoin(BTC)*, nhưng vẫn chưa đủ đảo ngược xu hướng rút ròng của cả tuần.',
    ],
    expect: [
      o('3,16 tỷ USD', 3.16e9),
      o('4.584 tỷ đồng', 4584e9, 'VND'),
      o('3,8 tỷ USD', 3.8e9),
      o('5.504,3 tỷ đồng', 5504.3e9, 'VND'),
      o('105 triệu USD', 105e6),
      o('1.520 tỷ đồng', 1520e9, 'VND'),
      o('133 triệu USD', 133e6),
      o('1.927 tỷ đồng', 1927e9, 'VND'),
      o('166 triệu USD', 166e6),
      o('2.404 tỷ đồng', 2404e9, 'VND'),
      o('88 triệu USD', 88e6),
      o('1.275 tỷ đồng', 1275e9, 'VND'),
    ],
  },
];
