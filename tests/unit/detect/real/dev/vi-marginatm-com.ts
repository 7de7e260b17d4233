import { c, type RealCase } from '../labels';

const url = 'https://marginatm.com/bitcoin-giam-manh-anh-huong-den-tho-dao';
const title = 'Bitcoin giảm mạnh ảnh hưởng lớn đến thợ đào';

export const cases: RealCase[] = [
  {
    url,
    lang: 'vi',
    tags: ['cost', 'prose'],
    title,
    blocks: [
      'Trong thời gian qua, việc giá Bitcoin liên tiếp giảm giá có tác động trực tiếp đến tỷ suất lợi nhuận của thợ đào, buộc họ phải bán Bitcoin để trang trải các chi phí.',
      'Theo tính toán từ nền tảng phân tích CryptoQuant, chi phí thợ đào dùng để khai thác một Bitcoin có thể rơi vào khoảng 30,000 USD - xấp xỉ giá Bitcoin vào tháng 6.',
      'Mặc dù chi phí gốc có thể vào khoảng 22,000 USD mỗi BTC đối với các thợ đào ở Bắc Mỹ - nơi có tỷ trọng băm lớn nhất. Tuy nhiên, một số chi phí bổ sung có thể khiến tổng số tiền lên tới 30,000 USD.',
    ],
    expect: [c('30,000 USD', 30000), c('22,000 USD', 22000), c('30,000 USD', 30000)],
  },
  {
    url,
    lang: 'vi',
    tags: ['cost', 'prose', 'anaphora'],
    title,
    blocks: [
      '“Chúng tôi ước tính chi phí cơ sở để khai thác 1 Bitcoin ở Bắc Mỹ vào khoảng 22,000 USD. Ước tính này bao gồm chi phí khai thác trực tiếp và chi phí S&A. Nó chưa bao gồm phí khấu hao.” Theo Julio Moreno - chuyên gia phân tích tại CryptoQuant.',
      '“Nếu tính cả phí khấu hao thì chi phí để khai thác 1 Bitcoin là khoảng 30,000 USD. Về cơ bản là bằng mức giá Bitcoin hiện tại.”',
      'Vào tháng 1, chi phí sản xuất của các thợ đào dường như vào khoảng 34,000 USD cho mỗi BTC.',
    ],
    expect: [c('22,000 USD', 22000), c('30,000 USD', 30000), c('34,000 USD', 34000)],
  },
];
