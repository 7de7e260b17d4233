import { o, type RealCase } from '../labels';

// Korean blog: mining-heater vs. electric-heater table; purchase prices in 원 are cells under "초기 구매 비용" (other, not Bitcoin prices).
const cell = (text: string, row: string) => ({ text, header: '초기 구매 비용', row });

export const cases: RealCase[] = [
  {
    url: 'https://www.246log.kr/2025/10/Mining-TypeHeaterCost-Effectiveness.html',
    lang: 'ko',
    tags: ['table', 'format'],
    title: '우리나라 가정에서 채굴기 히터는 경제성이 있을까?',
    blocks: [
      '채굴기형 히터는 비트코인 같은 암호화폐를 채굴하는 연산 장치(ASIC)에서 나오는 열을 난방에 쓰는 기기다. 분석을 위해 시중의 대표적인 채굴기 히터와 비슷한 전력을 쓰는 일반 전기 히터를 비교 대상으로 골랐다.',
      cell('약 550,000원', '채굴기형 히터 · 저전력 모델 (예: Avalon Nano 3)'),
      cell('약 1,240,000원', '채굴기형 히터 · 중전력 모델 (예: Avalon Mini 3)'),
      cell('약 40,000원', '일반 전기 히터 · 저전력 모델'),
      cell('약 100,000원', '일반 전기 히터 · 중전력 모델'),
      '가장 먼저 눈에 띄는 것은 초기 구매 비용의 큰 격차다. 800W의 열을 내는 기능은 같지만 채굴기 히터는 일반 히터보다 12배 이상 비싸다.',
    ],
    expect: [
      o('550,000원', 550000, 'KRW'),
      o('1,240,000원', 1240000, 'KRW'),
      o('40,000원', 40000, 'KRW'),
      o('100,000원', 100000, 'KRW'),
    ],
  },
];
