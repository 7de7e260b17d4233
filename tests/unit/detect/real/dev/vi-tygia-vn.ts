import { o, p, type RealCase } from '../labels';

// Vietnamese rate site: a price widget (USD and a VND conversion), KPI rows whose '$' sits on totals (and on a
// coin count), then a history table where only the 'Giá(USD)' column carries a currency.
const row = (when: string, price: string, cap: string) => [
  { text: price, header: 'Giá(USD)', row: when, heading: 'Các lần cập nhật Bitcoin gần nhất' },
  { text: cap, header: 'Vốn hóa thị trường', row: when, heading: 'Các lần cập nhật Bitcoin gần nhất' },
];

export const cases: RealCase[] = [
  {
    url: 'https://tygia.vn/tien-ao/bitcoin',
    lang: 'vi',
    tags: ['widget', 'label-value', 'table', 'format'],
    title: 'Giá Bitcoin(bitcoin) mới nhất ngày hôm nay',
    blocks: [
      'Giá Bitcoin(bitcoin) mới nhất ngày hôm nay - 02:03:03 21/05/2019',
      '$7,756.13 (-2.908%)',
      '1 BTC = 1.0 BTC',
      'Quy đổi VNĐ 1 bitcoin = ~181,513,000 đồng',
      'Vốn hóa thị trường $ 137,378,000,000',
      'Thanh khoản (24h) $ 23,211,600,000.000',
      'Tổng BTC hiện có $ 17,712,100',
      'Dao động 24 giờ -2.908%',
      'Biểu đồ giá Bitcoin (bitcoin) - bitcoin trực tiếp theo thời gian thực',
      ...row('21/05/2019 02:03', '7756.13', '7,529.000'),
      ...row('21/05/2019 00:03', '7850.24', '7,529.000'),
      ...row('20/05/2019 18:03', '7931', '7,538.000'),
    ],
    expect: [
      p('$7,756.13', 7756.13),
      p('181,513,000 đồng', 181513000, 'VND'),
      o('$ 137,378,000,000', 137378000000),
      o('$ 23,211,600,000.000', 23211600000),
      o('$ 17,712,100', 17712100),
      p('7756.13', 7756.13),
      p('7850.24', 7850.24),
      p('7931', 7931),
    ],
  },
];
