import { o, p, type RealCase } from '../labels';

// Forecasts in 'đô la' with the scale word 'triệu' (capitalised in the headline), a range whose first end is
// bare ('từ 500.000 đến 2,4 triệu đô la'), and market sizes in 'nghìn tỷ đô la'.
export const cases: RealCase[] = [
  {
    url: 'https://cryptopia.fish/news/ark-invest-nang-du-bao-gia-bitcoin-len-2-4-trieu-do-la-vao-nam-2030',
    lang: 'vi',
    tags: ['prose', 'anaphora', 'format'],
    title: 'ARK Invest Nâng Dự Báo Giá Bitcoin Lên 2,4 Triệu Đô La Vào Năm 2030',
    blocks: [
      'ARK Invest Nâng Dự Báo Giá Bitcoin Lên 2,4 Triệu Đô La Vào Năm 2030',
      "ARK Invest nay dự đoán Bitcoin có thể đạt từ 500.000 đến 2,4 triệu đô la vào năm 2030, nhờ sự chấp nhận của giới tổ chức và vị thế 'vàng kỹ thuật số'.",
      'ARK Invest, một công ty quản lý tài sản tỷ đô la, đã nâng dự báo lạc quan cho giá Bitcoin lên 2,4 triệu đô la vào cuối năm 2030, phản ánh ảnh hưởng ngày càng lớn của các nhà đầu tư tổ chức.',
      "Công ty cũng nâng kịch bản 'bear' và 'base' cho Bitcoin (BTC) lên lần lượt 500.000 đô la và 1,2 triệu đô la, theo báo cáo ngày 24 tháng 4 của nhà phân tích ARK David Puell.",
      'Các mức mới này cao hơn dự báo trước đó là 300.000 đô la và 710.000 đô la đưa ra vào ngày 11 tháng 2.',
      'Puell nhấn mạnh đầu tư tổ chức đóng góp nhiều nhất vào kịch bản lạc quan: Bitcoin có thể thâm nhập 6,5% thị trường tài chính trị giá 200 nghìn tỷ đô la, không tính vàng.',
      "Vị thế 'vàng kỹ thuật số' cũng góp phần lớn: Puell ước tính Bitcoin có thể chiếm tới 60% giá trị thị trường 18 nghìn tỷ đô la của vàng vào cuối năm 2030.",
    ],
    expect: [
      p('2,4 Triệu Đô La', 2.4e6),
      p('500.000', 500000),
      p('2,4 triệu đô la', 2.4e6),
      p('2,4 triệu đô la', 2.4e6),
      p('500.000 đô la', 500000),
      p('1,2 triệu đô la', 1.2e6),
      p('300.000 đô la', 300000),
      p('710.000 đô la', 710000),
      o('200 nghìn tỷ đô la', 200e12),
      o('18 nghìn tỷ đô la', 18e12),
    ],
  },
];
