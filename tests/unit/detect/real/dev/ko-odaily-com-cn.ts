import { c, p, type RealCase } from '../labels';

// Odaily (ko edition): CoinShares mining report translated into Korean, with the untranslated Chinese
// dek above it; a post-halving price threshold in 美元 and the average per-BTC production cost "$37,856".
export const cases: RealCase[] = [
  {
    url: 'https://m.odaily.com.cn/ko/post/5192427',
    lang: 'ko',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'CoinShares矿业报告:隐藏在减半背后的比特币周期密码',
    blocks: [
      '减半后,即便比特币价格保持在 40000 美元以上,预计也只有少数矿企能够盈利。',
      '채굴 난이도 및 컴퓨팅 파워 추세: 비트코인 채굴의 난이도 조정 메커니즘은 BTC 공급의 비탄력성을 보장하며, 반감기 후 즉각적인 수입 감소로 고비용 채굴자들이 어려움을 겪을 가능성이 높습니다. 이 글은 반감기 후 BTC 1개당 평균 생산 비용을 평가했으며, 결과에 따르면 평균 비용은 $37,856입니다.',
    ],
    expect: [p('40000 美元', 40000), c('$37,856', 37856)],
  },
];
