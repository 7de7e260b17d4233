import { o, p, type RealCase } from '../labels';

// '52.058,5 USD/đồng': 'đồng' here is 'per coin', not the Vietnamese currency.
export const cases: RealCase[] = [
  {
    url: 'https://vietnamnet.vn/vn/kinh-doanh/tai-chinh/gia-bitcoin-lao-doc-manh-729238.html',
    lang: 'vi',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Giá Bitcoin lao dốc mạnh',
    blocks: [
      'Giá các loại tiền ảo trên thị trường hôm nay (20/4) đồng loạt đỏ sàn. Bitcoin, đồng tiền kỹ thuật số lớn nhất thế giới, tiếp tục hạ về mức hơn 54.000 USD.',
      "Trên CoinDesk lúc 13h40' hôm nay (giờ Việt Nam), đồng tiền ảo Bitcoin được giao dịch ở mức 54.391,36 USD, giảm 4,36% so với hôm qua. Trong 24 giờ gần nhất, đồng tiền này có lúc còn lùi về 54.345 USD.",
      'Theo CoinMarketCap, đà giảm đã đưa giá trị vốn hóa của thị trường Bitcoin về mốc 1.020 tỷ USD, còn lượng giao dịch Bitcoin trong 24 giờ qua đạt 67,03 tỷ USD.',
      'Giá Bitcoin lao dốc mạnh',
      'Giá Bitcoin vào ngày 14/4 lập kỷ lục ở mức gần 64.600 USD.',
      'Trong phiên ngày 18/4, giá Bitcoin bất ngờ giảm mạnh, có lúc chỉ còn 52.058,5 USD/đồng, thấp hơn hơn 20% so với mức đỉnh hôm 14/4.',
    ],
    expect: [
      p('54.000 USD', 54000),
      p('54.391,36 USD', 54391.36),
      p('54.345 USD', 54345),
      o('1.020 tỷ USD', 1.02e12),
      o('67,03 tỷ USD', 67.03e9),
      p('64.600 USD', 64600),
      p('52.058,5 USD', 52058.5),
    ],
  },
];
