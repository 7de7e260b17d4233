import { c, o, type RealCase } from '../labels';

// "$600 BTC price" is the level at which new miners break even: labelled as a cost (break-even price).
export const cases: RealCase[] = [
  {
    url: 'https://sabia.cc/bitcoin/19206.html',
    lang: 'ja',
    tags: ['cost', 'prose'],
    blocks: [
      'ビットコインマイニング愛好家にとって、今日のマイニングは数年前とは別物です。最初はCPUやGPUでも参加できましたが、価格が高騰するにつれて金儲けになると気づいた人が増え、難易度が急上昇し、ASICを買える人だけが利益を出せるようになりました。',
      '最近の調査によると、新しいマイナーが損益分岐点に達するのは、ビットコインの価格が600ドルを超え、電気代が1キロワット時あたり0.1ドルを下回った場合に限られるとのことだ。',
    ],
    expect: [c('600ドル', 600), o('0.1ドル', 0.1)],
  },
];
