import { c, o, type RealCase } from '../labels';

// Korean crypto feed: JPMorgan's per-coin mining cost estimate cut, then how much the production cost moves per 1% change in power price (changes, not costs).
export const cases: RealCase[] = [
  {
    url: 'https://web-stg.bloomingbit.io/ko/feed/news/54776',
    lang: 'ko',
    tags: ['cost', 'change', 'prose'],
    blocks: [
      '7일(현지시간) 가상자산(암호화폐) 전문 미디어 더블록에 따르면 JP모건이 최근 보고서에서 케임브리지 비트코인(BTC) 전력 소비 지수(CBECI) 개정을 반영해 비트코인 채굴비용 추정치를 2만1000달러에서 1만8000달러로 낮춘 것으로 나타났다.',
      '니콜라오스 파니기르초글로(Nikolaos Panigirtzoglou) JP모건 애널리스트는 "전기 요금이 kWh당 1% 변할 때마다 BTC 생산비용이 4300달러 변동한다고 계산했다"며 "개정 이후에는 3800달러 변동으로 줄었다"고 설명했다.',
      '이어 "이는 2024년 반감기 이후 두 배가 될 것"이라며 "채굴 비용은 전기 요금에 민감해 반감기 이후 채굴자들이 받는 압박이 커질 수 있다"고 분석했다.',
    ],
    expect: [c('2만1000달러', 21000), c('1만8000달러', 18000), o('4300달러', 4300), o('3800달러', 3800)],
  },
];
