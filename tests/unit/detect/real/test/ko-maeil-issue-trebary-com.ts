import { p, type RealCase } from '../labels';

// Korean blog explainer on the halving: a bullet list of "1 BTC 약 $12 → 1년 뒤 $1,000 돌파" pairs,
// every dollar figure a past BTC level; the supply cap "21,000,000 BTC" is not an amount.
export const cases: RealCase[] = [
  {
    url: 'https://maeil-issue.trebary.com/2025/04/crypto-3-bitcoin-structure-halving.html',
    lang: 'ko',
    tags: ['prose', 'format'],
    title: '비트코인의 구조와 반감기란? | 가격 변동의 비밀을 풀다',
    blocks: [
      {
        text: '비트코인은 총 발행량이 21,000,000 BTC로 제한되어 있고, 21만 개 블록마다 약 4년 주기로 보상이 절반으로 줄어듭니다.',
        heading: '📉 반감기란 무엇인가?',
      },
      {
        text: '공급이 줄고 수요가 그대로이거나 늘면 가격은 오르는 경향이 있습니다. 실제로 반감기 뒤마다 비트코인 가격은 크게 움직였죠.',
        heading: '📊 반감기는 왜 중요한가요?',
      },
      '2012년 첫 반감기 → 1 BTC 약 $12 → 1년 뒤 $1,000 돌파',
      '2016년 두 번째 반감기 → 1 BTC 약 $650 → 2017년 $20,000 도달',
      '2020년 세 번째 반감기 → 이후 2021년 $60,000 이상 기록',
    ],
    expect: [p('$12', 12), p('$1,000', 1000), p('$650', 650), p('$20,000', 20000), p('$60,000', 60000)],
  },
];
