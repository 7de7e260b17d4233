import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://koreascience.kr/article/JAKO201814442074175.page?lang=en',
    lang: 'ko',
    tags: ['prose', 'format'],
    title: 'Bitcoin Mining Profitability Model and Analysis',
    blocks: [
      '비트코인 채굴 수익성 모델 및 분석',
      'Abstract',
      'Bitcoin (BTC) is a cryptocurrency proposed by Satoshi Nakamoto in 2009. To prevent inflation, the reward is halved every 4 years. For example, in 2009 block reward was 50 BTC, but today, the block reward is 12.5 BTC. On the other hands, exchange rate for bitcoin and Korean Won (KRW) changed drastically from 924,000 KRW/BTC (January 12th, 2017) to 16,103,306 KRW/BTC (December 10th, 2017), which made mining more attractive.',
    ],
    expect: [p('924,000 KRW', 924000, 'KRW'), p('16,103,306 KRW', 16103306, 'KRW')],
  },
  {
    url: 'https://koreascience.kr/article/JAKO201814442074175.page',
    lang: 'ko',
    tags: ['prose'],
    blocks: [
      'I. 서론',
      '비트코인(Bitcoin, BTC)은 2009년 사토시 나카모토(Satoshi Nakamoto)가 제안한 암호 화폐로 중앙 기관의 통제가 없는 분산 구조를 형성한다. 비트코인은 지속적인 성장을 거듭하여 현재는 가상화폐 거래소 중 하나인 빗썸(bithumb)에서만 24시간 내 거래량이 약 5천억 원이 될 정도에 이르렀다[1].',
      '비트코인의 발행 총량은 21,000,000 BTC로 그 수가 정해져 있다. 2009년에 50 BTC 이었던 채굴 보상은 2012년에 25 BTC가 되었고 2016년에는 12.5 BTC가 되었다.',
    ],
    expect: [o('5천억 원', 5e11, 'KRW')],
  },
];
