import { o, p, type RealCase } from '../labels';

const H = '1차 반감기 (2012년 11월 28일)';
const li = (text: string) => ({ text, heading: H });

export const cases: RealCase[] = [
  {
    url: 'https://makesilkroad.com/fr-FR/blog/bitcoin-halving-explained',
    lang: 'ko',
    tags: ['label-value', 'anaphora', 'format'],
    title: '비트코인 반감기 - 4년 주기의 비밀',
    blocks: [
      '2. 반감기 역사',
      li(H),
      li('Before'),
      li('블록 보상: 50 BTC'),
      li('일일 생산량: 7,200 BTC'),
      li('연간 인플레이션율: 25%'),
      li('비트코인 가격:'),
      li('반감기 전: $12'),
      li('시가총액: $1.2억'),
      li('채굴자:'),
      li('주로 개인 컴퓨터'),
      li('After'),
      li('블록 보상: 25 BTC (50% 감소)'),
      li('일일 생산량: 3,600 BTC'),
      li('가격 변화:'),
      li('2012.11: $12'),
      li('2013.11: $1,100 (92배 상승!)'),
    ],
    expect: [p('$12', 12), o('$1.2억', 1.2e8), p('$12', 12), p('$1,100', 1100)],
  },
];
