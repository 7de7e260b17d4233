import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://binance.com/vi/square/post/7123906303161',
    lang: 'vi',
    tags: ['cost', 'prose', 'forum'],
    blocks: [
      'Dưới đây là chi phí để khai thác 1 Bitcoin (BTC)',
      'Đào Bitcoin không còn là cách kiếm tiền dễ dàng như trước. Sau đợt halving vừa rồi, thợ đào nhận ít bitcoin hơn cho cùng một công sức, còn chi phí khai thác thì cứ tăng lên.',
      'Theo CoinShares, chi phí trung bình để khai thác một Bitcoin hiện vào khoảng 53.000 USD. Con số này đã tính cả tiền điện, khoản chi lớn nhất trong khai thác.',
      'Vậy đào Bitcoin có còn đáng không? Điều đó tùy vào giá Bitcoin, chi phí điện và hiệu suất giàn máy của bạn.',
    ],
    expect: [c('53.000 USD', 53000)],
  },
  {
    url: 'https://binance.com/vi/square/post/9642355948610',
    lang: 'vi',
    tags: ['cost', 'prose', 'forum'],
    title: 'Chi phí khai thác bitcoin là 86.700 USD: Sẽ sớm vượt qua?',
    blocks: [
      'Chi phí khai thác bitcoin là 86.700 USD: Sẽ sớm vượt qua?',
      'Điện, một chi phí cố định, là khoản chi lớn nhất của thợ mỏ. Vì giá điện mỗi nơi một khác nên chi phí khai thác cũng khác nhau theo khu vực.',
      'Biểu đồ cho thấy chi phí khai thác trung bình Bitcoin (màu xanh lam) từng thấp hơn giá của đồng tiền điện tử này hồi đầu năm, nhưng nay đã vượt lên trên mức đó.',
    ],
    expect: [c('86.700 USD', 86700)],
  },
];
