import { o, p, type RealCase } from '../labels';

const H = ['ランキング', '暗号資産', '時価総額(概算)'];
const row = (rank: string, name: string, cap: string) => [
  { text: rank, header: H[0], row: name },
  { text: name, header: H[1], row: name },
  { text: cap, header: H[2], row: name },
];

export const cases: RealCase[] = [
  {
    url: 'https://okwallet.jp/?p=445958',
    lang: 'ja',
    tags: ['table', 'prose', 'format'],
    title: 'ビットコイン(BTC)の時価総額ランキング最新情報!',
    blocks: [
      'ビットコイン(BTC)の時価総額ランキング最新情報!',
      { text: 'ビットコインの時価総額とは?', heading: 'ビットコインの時価総額とは?' },
      {
        text: '時価総額 = 発行済みのビットコイン数 × 現在のビットコイン価格',
        heading: 'ビットコインの時価総額とは?',
      },
      {
        text: 'たとえば発行済みのビットコインが2100万枚で、現在のビットコイン価格が1BTCあたり50,000ドルなら、ビットコインの時価総額は1兆500億ドルになります。時価総額は、その暗号資産の市場規模と流動性を測るうえで重要な指標です。',
        heading: 'ビットコインの時価総額とは?',
      },
      { text: 'ビットコイン時価総額ランキングの現状', heading: 'ビットコイン時価総額ランキングの現状' },
      {
        text: '2024年現在、ビットコインの時価総額は他の暗号資産を大きく引き離し、市場全体の約50%を占めています。主要な暗号資産の時価総額ランキング(概算)は以下のとおりです。',
        heading: 'ビットコイン時価総額ランキングの現状',
      },
      ...row('1', 'ビットコイン(BTC)', '約1兆3000億ドル'),
      ...row('2', 'イーサリアム(ETH)', '約4000億ドル'),
    ],
    expect: [
      p('50,000ドル', 50000),
      o('1兆500億ドル', 1.05e12),
      o('1兆3000億ドル', 1.3e12),
      o('4000億ドル', 4e11),
    ],
  },
];
