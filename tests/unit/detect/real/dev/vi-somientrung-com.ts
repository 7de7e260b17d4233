import { o, p, type RealCase } from '../labels';

// 'USD/BTC' per-coin suffix; a related-links list item repeats an earlier milestone.
export const cases: RealCase[] = [
  {
    url: 'http://somientrung.com/dong-bitcoinvuot-nguong-60000-usd-20210313210935600.htm',
    lang: 'vi',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Đồng Bitcoin vượt ngưỡng 60.000 USD',
    blocks: [
      '(Thethaovanhoa.vn) - Ngày 13/3, đồng tiền điện tử Bitcoin có lúc vượt ngưỡng 60.000 USD/BTC lần đầu tiên, đưa vốn hóa lên hơn 1.100 tỷ USD.',
      'Theo CoinMarketCap, đồng tiền này được giao dịch ở giá 60.012 USD lúc 11 giờ 49 phút ngày 13/3 (giờ GMT) trước khi quay về mức 60.000 USD/BTC.',
      '- Phép thử nào cho thị trường sau đợt sóng mới của bitcoin?',
      '- Đồng Bitcoin lần đầu vượt mốc 50.000 USD',
    ],
    expect: [
      p('60.000 USD', 60000),
      o('1.100 tỷ USD', 1.1e12),
      p('60.012 USD', 60012),
      p('60.000 USD', 60000),
      p('50.000 USD', 50000),
    ],
  },
];
