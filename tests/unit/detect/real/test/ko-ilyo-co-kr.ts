import { p, type RealCase } from '../labels';

// Korean weekly: dollar levels in Korean notation ("5만 달러", "4만 8655달러") with a won conversion
// in parentheses, and a won level "8000만 원선" for the April high.
export const cases: RealCase[] = [
  {
    url: 'https://ilyo.co.kr/?ac=article_view&entry_id=399290',
    lang: 'ko',
    tags: ['prose', 'format'],
    title: '비트코인 5만 달러까지 하락',
    blocks: [
      '23일 비트코인 가격이 결국 5만 달러(약 5595만 원) 선까지 밀렸다.',
      '코인데스크에 따르면 비트코인은 한국시간 23일 오전 11시를 넘기면서 개당 5만 달러선이 무너지기 시작해 4만 8655달러까지 떨어졌다.',
      '비트코인 가격은 3월 초부터 5만 달러를 웃돌았고 이달 14일에는 약 8000만 원선을 넘기도 했다. 하지만 주요국의 잇따른 경고에 하락세로 돌아섰다.',
    ],
    expect: [
      p('5만 달러', 50000),
      p('5595만 원', 55950000, 'KRW'),
      p('5만 달러', 50000),
      p('4만 8655달러', 48655),
      p('5만 달러', 50000),
      p('8000만 원', 80000000, 'KRW'),
    ],
  },
];
