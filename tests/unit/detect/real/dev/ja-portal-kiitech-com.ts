import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://portal.kiitech.com/trend/?tid=TRND.gLVnoAeo21CrKMJa&word=%E3%83%93%E3%83%83%E3%83%88%E3%82%B3%E3%82%A4%E3%83%B3',
    lang: 'ja',
    tags: ['prose', 'anaphora', 'format'],
    blocks: [
      'ビットコインが年初来の上昇分をすべて帳消しにし、史上最高値から大きく急落しています。一時10万ドル、さらには9万ドル台前半まで下落し、5月以来の安値を付けました。',
      'ETF運用者など機関投資家からの約8.7億ドルもの資金流出が確認され、市場の流動性も急速に低下。仮想通貨全体の時価総額も1兆ドル以上が消え、市場は「極度の恐怖」を示す弱気相場に突入しています。',
    ],
    expect: [
      p('10万ドル', 100000),
      p('9万ドル', 90000),
      o('8.7億ドル', 870000000),
      o('1兆ドル', 1000000000000),
    ],
  },
];
