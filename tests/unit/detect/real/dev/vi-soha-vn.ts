import { o, p, type RealCase } from '../labels';

// A kimchi-premium quote: the BTC/KRW pair on Bithumb given in dollars ('21.872 USD') is still a price of one coin.
export const cases: RealCase[] = [
  {
    url: 'http://soha.vn/tang-2604-bitcoin-lap-dinh-18000-usd-20171208104458147.htm',
    lang: 'vi',
    tags: ['prose', 'anaphora'],
    title: 'Tăng 26%, bitcoin lập đỉnh 18.000 USD',
    blocks: [
      'Tiếp tục cơn tăng giá điên cuồng, lúc 7:00 sáng nay bitcoin đã chạm mốc 18.000 USD lần đầu tiên trên biểu đồ của Coinmarketcap, tức tăng 26% chỉ trong 24 giờ.',
      'Như vậy, riêng vốn hóa của bitcoin đã vượt 300 tỷ USD, cao hơn cả JPMorgan và nhiều tập đoàn lớn khác.',
      'Bitfinex và Bithumb vẫn là hai sàn bitcoin hàng đầu thế giới, khối lượng giao dịch 24h của mỗi sàn khoảng 2 tỷ USD. Trên Bithumb, cặp BTC/KRW đã lên tới 21.872 USD.',
    ],
    expect: [p('18.000 USD', 18000), o('300 tỷ USD', 300e9), o('2 tỷ USD', 2e9), p('21.872 USD', 21872)],
  },
];
