import { o, p, type RealCase } from '../labels';

// Blog repost of a Chosun Ilbo feature (2017): an investor's gains, loan and balance in 만원 first (not prices), then a photo caption with price levels "1400만원대" that names Bitcoin only in its second sentence.
export const cases: RealCase[] = [
  {
    url: 'http://cheoneui23.tistory.com/18208',
    lang: 'ko',
    tags: ['prose', 'anaphora', 'format'],
    title: '"30억 번 사람 있대"… 비트코인 환상에 주부·학생까지 빠져든다',
    blocks: [
      "내년 초 결혼을 앞둔 직장인 김모(32)씨는 최근 '가상 화폐 불면증'에 시달렸다. 이달 초 \"11월에 가상 화폐 '비트코인'을 샀는데 3주 만에 1000만원을 벌었다\"는 친구의 이야기가 화근이었다.",
      '김씨는 "한 달만 굴려서 신혼집에 보탤 생각으로 5000만원을 대출받았다"고 했다. 김씨의 \'전세금 1억원 만들기\' 계획은 며칠 만에 끝났다. 투자금 5000만원은 이틀 만에 8300만원이 되더니 다시 이틀 뒤인 10일 4700만원까지 주저앉았다.',
      "1400만원대로 폭락했다가 1900만원대 급반등 - 11일 서울 중구에 있는 가상 화폐 거래소 '빗썸'의 전광판 모습. 지난 8일 최고 2400만원대로 거래됐던 비트코인은 10일 1400만원대까지 내려갔다가 11일엔 1900만원대로 회복했다.",
    ],
    expect: [
      o('1000만원', 10000000, 'KRW'),
      o('5000만원', 50000000, 'KRW'),
      o('1억원', 100000000, 'KRW'),
      o('5000만원', 50000000, 'KRW'),
      o('8300만원', 83000000, 'KRW'),
      o('4700만원', 47000000, 'KRW'),
      p('1400만원', 14000000, 'KRW'),
      p('1900만원', 19000000, 'KRW'),
      p('2400만원', 24000000, 'KRW'),
      p('1400만원', 14000000, 'KRW'),
      p('1900만원', 19000000, 'KRW'),
    ],
  },
];
