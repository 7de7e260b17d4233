import { o, p, type RealCase } from '../labels';

// Record levels beside liquidation totals ('153 triệu USD vị thế bán khống').
export const cases: RealCase[] = [
  {
    url: 'https://thegioitiepthi.danviet.vn/thi-truong-tien-so-bung-no-bitcoin-tien-sat-ky-luc-nha-dau-tu-do-xo-dat-cuoc-moc-moi-d1367767.html',
    lang: 'vi',
    tags: ['prose', 'anaphora'],
    title: 'Thị trường tiền số bùng nổ: Bitcoin tiến sát kỷ lục, nhà đầu tư đổ xô đặt cược mốc mới',
    blocks: [
      'Sau đó Bitcoin điều chỉnh nhẹ, giao dịch quanh 122.346 USD, nhả bớt một phần mức tăng nhưng vẫn cộng 1,3% trong ngày và hơn 11% trong tuần, theo CoinGecko.',
      'Kỷ lục trước đó là 124.128 USD, được xác lập vào giữa tháng 8. Phiên thứ Sáu là lần Bitcoin tiến gần nhất tới mốc này kể từ đó.',
      'Trong tháng 9, giá Bitcoin từng lùi xuống dưới 108.000 USD khi các nhà đầu tư dài hạn chốt lời và dòng tiền vào ETF chững lại.',
      'Phe đặt cược Bitcoin giảm giá chịu thiệt nặng trong 24 giờ qua, với 153 triệu USD vị thế bán khống Bitcoin bị xóa sổ, theo CoinGlass. Tổng cộng 499 triệu USD vị thế tiền điện tử bị thanh lý trong ngày, trong đó 294 triệu USD là lệnh short.',
    ],
    expect: [
      p('122.346 USD', 122346),
      p('124.128 USD', 124128),
      p('108.000 USD', 108000),
      o('153 triệu USD', 153e6),
      o('499 triệu USD', 499e6),
      o('294 triệu USD', 294e6),
    ],
  },
];
