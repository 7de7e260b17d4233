import { o, p, type RealCase } from '../labels';

// Overseas Vietnamese press: '$4,500 Mỹ kim' (a dollar sign and the word 'Mỹ kim' on the same amount),
// comma thousands and dot decimals ('$72.7 tỷ Mỹ kim').
export const cases: RealCase[] = [
  {
    url: 'http://www.viendongdaily.com/tien-bitcoin-lai-tang-gia-ky-luc-dY7MjwAE.html',
    lang: 'vi',
    tags: ['prose', 'anaphora', 'format'],
    blocks: [
      'NEW YORK – Tiền ảo Bitcoin vừa lên mức cao nhất mọi thời đại khi lần đầu vượt ngưỡng $4,500 Mỹ kim. Kỷ lục này đến chưa đầy 10 ngày sau khi Bitcoin "chạm đỉnh" $3,500 Mỹ kim.',
      'Chiều thứ Năm, đồng tiền ảo Bitcoin tiếp tục leo lên mức kỷ lục mới $4,500 Mỹ kim, đưa tổng giá trị của nó lên $74 tỷ Mỹ kim, cao hơn nhiều công ty nổi tiếng như Netflix ($72.7 tỷ Mỹ kim), PayPal ($71.9 tỷ Mỹ kim), Adobe System ($73.7 tỷ Mỹ kim)…',
      'Một số người vẫn tin Bitcoin có thể lên tới $7,000 Mỹ kim vào tháng 11, và $10,000 Mỹ kim vào cuối tháng 12.',
      'Hơn 1 tuần trước, ngày 8 tháng 8, Bitcoin cũng từng gây "chấn động" khi vọt lên $3,500 Mỹ kim lúc cuối phiên.',
      'Cú tăng bất ngờ của Bitcoin khiến nhiều người bỗng thành triệu phú, như trường hợp anh Erik Finman, người đã mua Bitcoin khi nó chỉ có giá $12 Mỹ kim.',
    ],
    expect: [
      p('$4,500 Mỹ kim', 4500),
      p('$3,500 Mỹ kim', 3500),
      p('$4,500 Mỹ kim', 4500),
      o('$74 tỷ Mỹ kim', 74e9),
      o('$72.7 tỷ Mỹ kim', 72.7e9),
      o('$71.9 tỷ Mỹ kim', 71.9e9),
      o('$73.7 tỷ Mỹ kim', 73.7e9),
      p('$7,000 Mỹ kim', 7000),
      p('$10,000 Mỹ kim', 10000),
      p('$3,500 Mỹ kim', 3500),
      p('$12 Mỹ kim', 12),
    ],
  },
];
