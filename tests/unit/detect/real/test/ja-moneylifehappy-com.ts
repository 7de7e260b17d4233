import { o, p, type RealCase } from '../labels';

// Japanese beginner blog: a sample tracking sheet; bare numbers under headers that give 円/BTC (price) or 円 (sums).
const B = '購入価格 (円/BTC)';
const S = '売却価格 (円/BTC)';
const A = '売却額 (円)';
const G = '利益/損失 (円)';
export const cases: RealCase[] = [
  {
    url: 'https://moneylifehappy.com/?p=83',
    lang: 'ja',
    tags: ['table', 'forum'],
    blocks: [
      { text: '(1) 表形式(Excel・Googleスプレッドシート推奨)', heading: '1️⃣ 形式と内容' },
      { text: '5,000,000', header: B, row: '2025/09/01' },
      { text: '0.2', header: '保有BTC量', row: '2025/09/01' },
      { text: '購入', header: '備考', row: '2025/09/01' },
      { text: '5,000,000', header: B, row: '2025/09/02' },
      { text: '5,200,000', header: S, row: '2025/09/02' },
      { text: '104,000', header: A, row: '2025/09/02' },
      { text: '+4,000', header: G, row: '2025/09/02' },
      { text: '5,000,000', header: B, row: '2025/09/03' },
      { text: '4,800,000', header: S, row: '2025/09/03' },
      { text: '96,000', header: A, row: '2025/09/03' },
      { text: '−4,000', header: G, row: '2025/09/03' },
      { text: '日々の値動き(終値)を入力\n売却した日には売却額と利益を自動計算', heading: '1️⃣ 形式と内容' },
    ],
    expect: [
      p('5,000,000', 5000000, 'JPY'),
      p('5,000,000', 5000000, 'JPY'),
      p('5,200,000', 5200000, 'JPY'),
      o('104,000', 104000, 'JPY'),
      o('4,000', 4000, 'JPY'),
      p('5,000,000', 5000000, 'JPY'),
      p('4,800,000', 4800000, 'JPY'),
      o('96,000', 96000, 'JPY'),
      o('4,000', 4000, 'JPY'),
    ],
  },
];
