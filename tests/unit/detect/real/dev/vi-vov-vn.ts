import { o, p, type RealCase } from '../labels';

// 'Tỷ giá ... mỗi Bitcoin' (the exchange rate of each Bitcoin) as the price word; altcoin prices are other.
export const cases: RealCase[] = [
  {
    url: 'https://amp.vov.vn/cong-nghe/tin-moi/bitcoin-va-mot-loat-dong-tien-dien-tu-giam-gia-manh-post936542.vov',
    lang: 'vi',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin và một loạt đồng tiền điện tử giảm giá mạnh',
    blocks: [
      'Trong ngày qua, Bitcoin đã mất khoảng 6% giá trị. Giới chuyên gia cho rằng nguyên nhân là người nắm giữ liên tục bán ra để thoát khỏi tài sản rủi ro trước mùa thuế ở Mỹ và trước việc Cục Dự trữ Liên bang tăng lãi suất.',
      'Tỷ giá thấp nhất của mỗi Bitcoin tại thời điểm viết tin là 39.863 USD. Vốn hóa thị trường của đồng tiền này cũng đã giảm xuống còn khoảng 750 tỷ USD. Đỉnh gần nhất của Bitcoin được ghi nhận vào cuối tháng 3, khi tỷ giá mỗi Bitcoin vượt 48.000 USD.',
      'Bitcoin không phải đồng tiền điện tử duy nhất mất giá. Ethereum cũng tiếp tục rẻ đi, hiện mỗi đồng có giá dưới 3.000 USD, và vốn hóa thị trường của nó là 357 tỷ USD.',
      'Trong khi đó, Solana giảm 25% trong một tuần xuống còn 99 USD, còn Cardano giảm 23% xuống 0,93 USD.',
    ],
    expect: [
      p('39.863 USD', 39863),
      o('750 tỷ USD', 750e9),
      p('48.000 USD', 48000),
      o('3.000 USD', 3000),
      o('357 tỷ USD', 357e9),
      o('99 USD', 99),
      o('0,93 USD', 0.93),
    ],
  },
];
