import { o, p, type RealCase } from '../labels';

// mmo4me.com forum (vi): Bitcoin mining revenue at a two-year low; a daily revenue total (o) next to
// two BTC price levels ("13.500 USD" then, "16.200 USD" now).
export const cases: RealCase[] = [
  {
    url: 'https://mmo4me.com/threads/doanh-thu-khai-thac-bitcoin-cham-day-thap-nhat-trong-hai-nam-loi-thoat-nao-cho-tho-dao.451663/',
    lang: 'vi',
    tags: ['cost', 'prose', 'forum'],
    title: 'Doanh thu khai thác Bitcoin chạm đáy thấp nhất trong hai năm, lối thoát nào cho thợ đào?',
    blocks: [
      'Tổng doanh thu khai thác Bitcoin đã giảm xuống còn 11,67 triệu USD tính đến ngày 28/11/2022. Con số này được ghi nhận lần cuối vào ngày 02/11/2020, khi giá giao dịch của Bitcoin chỉ khoảng 13.500 USD.',
      'Dù vậy giá thị trường hiện tại của BTC đang nhỉnh hơn, ở mức khoảng 16.200 USD, cho thấy doanh thu khai thác đang rất tệ vì độ khó khai thác lớn hơn và giá năng lượng tăng.',
    ],
    expect: [o('11,67 triệu USD', 11.67e6), p('13.500 USD', 13500), p('16.200 USD', 16200)],
  },
];
