import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://phuongnamdno.edu.vn/cach-dao-bitcoin-nhanh-nhat',
    lang: 'vi',
    tags: ['prose', 'format'],
    title: 'Đào Bitcoin Là Gì? Cách Đào Bitcoin mới nhất',
    blocks: [
      'Sự kiện Bitcoin ETF và Bitcoin Halving đã đẩy nhu cầu và tiềm năng lợi nhuận của việc đào Bitcoin lên cao, kéo thêm nhiều thợ đào mới vào ngành khai thác.',
      'Giá Bitcoin/VND lập kỷ lục cao nhất mọi thời đại vào tháng 3/2024 khi 1 BTC = 1,906,873,911 VND tương đương với 73,961.44 USD',
    ],
    expect: [p('1,906,873,911 VND', 1906873911, 'VND'), p('73,961.44 USD', 73961.44)],
  },
];
