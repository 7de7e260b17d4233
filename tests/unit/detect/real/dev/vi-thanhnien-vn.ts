import { o, p, type RealCase } from '../labels';

// Daily Vietnamese price reports: 'tỉ USD' (thousand-million) totals beside the per-coin quote '72.883 USD'.
export const cases: RealCase[] = [
  {
    url: 'https://thanhnien.vn/gia-bitcoin-hom-nay-522026-99-ti-usd-boc-hoi-my-tuyen-bo-khong-cuu-btc-185260205084839939.htm',
    lang: 'vi',
    tags: ['prose', 'anaphora', 'format'],
    title: "Giá Bitcoin hôm nay 5.2.2026: 99 tỉ USD bốc hơi, Mỹ tuyên bố 'không cứu' BTC",
    blocks: [
      'Số liệu từ CoinMarketCap và TradingView cho thấy giá Bitcoin hôm nay tiếp tục đi xuống. Trong 24 giờ qua, Bitcoin (BTC) mất thêm 4,2% giá trị. Tính đến 7 giờ 40, mỗi BTC được giao dịch quanh mốc 72.883 USD.',
      'Như vậy chỉ trong một tuần, tiền mã hóa lớn nhất thế giới đã mất 18,2% giá trị. Vốn hóa của Bitcoin hiện còn 1.459 tỉ USD, rời nhóm 10 tài sản giá trị nhất thế giới và lùi xuống vị trí thứ 13, sau Tesla và Broadcom.',
      'Trên Bitstamp, có lúc giá Bitcoin giảm xuống còn 72.500 USD, mức thấp nhất trong 15 tháng qua. Theo CoinGlass, trong 24 giờ qua có thêm khoảng 800 triệu USD vị thế trên thị trường phái sinh bị thanh lý.',
      'Vốn hóa toàn thị trường tiền mã hóa giảm tiếp 3,86%, còn khoảng 2.470 tỉ USD, nghĩa là 99 tỉ USD đã bốc hơi trong 24 giờ. Ethereum, đồng lớn thứ hai, lùi về 2.150 USD; BNB, XRP và Solana lần lượt giảm 8%, 5% và 6,85%.',
    ],
    expect: [
      p('72.883 USD', 72883),
      o('1.459 tỉ USD', 1.459e12),
      p('72.500 USD', 72500),
      o('800 triệu USD', 800e6),
      o('2.470 tỉ USD', 2.47e12),
      o('99 tỉ USD', 99e9),
      o('2.150 USD', 2150),
    ],
  },
  {
    url: 'https://thanhnien.vn/gia-bitcoin-giam-mat-sach-thanh-qua-tu-dau-nam-185251117071617298.htm',
    lang: 'vi',
    tags: ['prose'],
    title: 'Giá Bitcoin giảm, mất sạch thành quả từ đầu năm',
    blocks: [
      'Ngày 16.11, giá Bitcoin trượt xuống dưới mức 93.714 USD, thấp hơn giá chốt năm 2024, theo Bloomberg. Toàn bộ mức tăng hơn 30% từ đầu năm của Bitcoin đã bị xóa sạch khi sự hào hứng với chính sách ủng hộ tiền mã hóa của chính quyền Trump nguội dần.',
      'Giá Bitcoin từng lập kỷ lục 126.251 USD hôm 6.10 rồi bắt đầu dao động bốn ngày sau đó, khi những phát ngôn bất ngờ của ông Trump khiến thị trường toàn cầu lao dốc.',
      'Theo CryptoQuant, những người nắm giữ Bitcoin lâu năm đã bán 815.000 Bitcoin trong 30 ngày trước đó.',
    ],
    expect: [p('93.714 USD', 93714), p('126.251 USD', 126251)],
  },
  {
    url: 'https://thanhnien.vn/gia-bitcoin-hom-nay-812026-tiep-tuc-lao-doc-giam-gia-sau-18526010807294272.htm',
    lang: 'vi',
    tags: ['prose', 'change', 'format'],
    title: 'Giá Bitcoin hôm nay 8.1.2026: Tiếp tục lao dốc, giảm giá sâu',
    blocks: [
      'Theo TradingView và CoinMarketCap, giá Bitcoin hôm nay 8.1 giảm thêm 2,59% so với hôm qua. Tính đến 7 giờ 40 (giờ Việt Nam), mỗi Bitcoin được giao dịch quanh mốc 91.058 USD. Vốn hóa thị trường giảm còn 1.821 tỉ USD.',
      'Thị trường tiền mã hóa cũng bốc hơi khoảng 90 tỉ USD khi giảm 2,68%, từ 3.210 tỉ USD xuống còn 3.120 tỉ USD. Chỉ số CoinDesk 20 giảm gần 4%, kéo theo bởi mức giảm 8% của XRP.',
      'Theo Cointelegraph, đà giảm diễn ra bất chấp tín hiệu tích cực, trong đó các nhà đầu tư lớn đã gom thêm 280 triệu USD Bitcoin.',
    ],
    expect: [
      p('91.058 USD', 91058),
      o('1.821 tỉ USD', 1.821e12),
      o('90 tỉ USD', 90e9),
      o('3.210 tỉ USD', 3.21e12),
      o('3.120 tỉ USD', 3.12e12),
      o('280 triệu USD', 280e6),
    ],
  },
];
