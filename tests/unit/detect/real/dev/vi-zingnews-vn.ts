import { o, p, type RealCase } from '../labels';

// Stray spaces before punctuation ('39.000 USD .', '40.000 USD ,'), a '/đồng' per-coin suffix and a 25.000 USD gap.
export const cases: RealCase[] = [
  {
    url: 'https://zingnews.vn/trong-mot-tuan-gia-tri-thi-truong-tien-ma-hoa-boc-hoi-600-ty-usd-post1216671.html',
    lang: 'vi',
    tags: ['prose', 'change', 'format'],
    title: 'Trong một tuần, giá trị thị trường tiền mã hóa bốc hơi 600 tỷ USD',
    blocks: [
      'Giá Bitcoin lao dốc mạnh và hiện thấp hơn mức đỉnh hồi giữa tháng 4 tới gần 40%. Toàn bộ thị trường tiền mã hóa lao đao.',
      'Theo Bloomberg, giá trị của hơn 7.000 loại tiền mã hóa mà CoinGecko theo dõi đã bốc hơi hơn 600 tỷ USD trong một tuần, hiện chỉ còn khoảng 1.900 tỷ USD . Bitcoin, đồng tiền mã hóa phổ biến nhất, sụt hơn 13% trong phiên 19/5 xuống dưới 40.000 USD đồng, hiện dao động ở vùng 39.000 USD .',
      'Hiện giá Bitcoin ở ngưỡng thấp nhất trong 14 tuần và thấp hơn 25.000 USD so với mức đỉnh 64.870 USD /đồng hồi tháng 4. Dù vậy, giá Bitcoin vẫn cao hơn 40% so với đầu năm.',
      '“Mức 40.000 USD là rất quan trọng đối với Bitcoin. Nếu tiếp tục giảm xuống dưới 40.000 USD , giá Bitcoin có thể lao xuống dưới 30.000 USD ”, nhà phân tích Jeffrey Halley của Oanda nhận định.',
    ],
    expect: [
      o('600 tỷ USD', 600e9),
      o('1.900 tỷ USD', 1.9e12),
      p('40.000 USD', 40000),
      p('39.000 USD', 39000),
      o('25.000 USD', 25000),
      p('64.870 USD', 64870),
      p('40.000 USD', 40000),
      p('40.000 USD', 40000),
      p('30.000 USD', 30000),
    ],
  },
];
