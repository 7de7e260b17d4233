import { p, type RealCase } from '../labels';

// Japanese creator-platform post introducing Bitcoin: one yen milestone written with the 万 scale
// word and no currency symbol ("1000万円"), in a paragraph that only says "ついに".
export const cases: RealCase[] = [
  {
    url: 'https://note.com/toohii_biz/n/n7923fcca845f',
    lang: 'ja',
    tags: ['prose', 'anaphora', 'format'],
    title: '【爆伸び】ビットコインのすごさと今後の将来性がたった10分でわかるnote~始め方・買い方~',
    blocks: [
      'ビットコインがとんでもないことになっています。',
      '2024年3月5日ついに、1000万円を突破しました。',
      'この1年で倍以上になったことが、おわかりいただけると思います。',
    ],
    expect: [p('1000万円', 1e7, 'JPY')],
  },
];
