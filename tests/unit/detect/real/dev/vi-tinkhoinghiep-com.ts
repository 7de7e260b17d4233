import { p, type RealCase } from '../labels';

// Headline with a level and a year-end forecast; 'đô la' spelled out in the body.
export const cases: RealCase[] = [
  {
    url: 'https://tinkhoinghiep.com/3499/bitcoin-lao-doc-manh-xuong-duoi-40-000-usd-duoc-du-bao-giam-xuong-duoi-20-000-usd-vao-cuoi-nam.html',
    lang: 'vi',
    tags: ['prose', 'format'],
    title: 'Bitcoin lao dốc mạnh xuống dưới 40.000 USD, được dự báo giảm xuống dưới 20.000 USD vào cuối năm',
    blocks: [
      'Bitcoin lao dốc mạnh xuống dưới 40.000 USD, được dự báo giảm xuống dưới 20.000 USD vào cuối năm',
      'Theo Bloomberg, giá Bitcoin rơi xuống dưới mốc 40.000 USD/BTC lúc 21h30 ngày 10/01/2022 (giờ Việt Nam), lần đầu kể từ tháng 9/2021 đồng tiền số lớn nhất thế giới thủng mức hỗ trợ này.',
      'Có lúc giá Bitcoin chỉ còn 39.774 đô la, mất 14% so với đầu năm và là khởi đầu năm tệ nhất kể từ 2012.',
    ],
    expect: [
      p('40.000 USD', 40000),
      p('20.000 USD', 20000),
      p('40.000 USD', 40000),
      p('39.774 đô la', 39774),
    ],
  },
];
