import { p, type RealCase } from '../labels';

// '₫' before the number; '17 triệu đồng coin' counts coins ('đồng' as a classifier), no currency.
export const cases: RealCase[] = [
  {
    url: 'https://hethongtienao.postach.io/post/bitcoin-btc-la-gi-gia-bitcoin',
    lang: 'vi',
    tags: ['label-value', 'format'],
    title: 'Bitcoin (BTC) là gì? Giá Bitcoin',
    blocks: [
      'Bitcoin (BTC) là đồng tiền điện tử do Nakamoto Satoshi phát minh, phát triển từ mã nguồn mở và là đồng tiền mã hóa đầu tiên. 21.000.000 là tổng số đồng BTC sẽ được tạo ra; hiện số Bitcoin đã đào rơi vào khoảng 17 triệu đồng coin.',
      'Giá bitcoin (BTC) hôm nay (1/12/2022): 1 BTC = ₫422,304,461.86.',
    ],
    expect: [p('₫422,304,461.86', 422304461.86, 'VND')],
  },
];
