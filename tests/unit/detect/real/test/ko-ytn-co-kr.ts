import { o, type RealCase } from '../labels';

// 이더리움 prices and a 도지코인 turnover in 원 next to an altcoin index: none is a Bitcoin price.
export const cases: RealCase[] = [
  {
    url: 'https://ytn.co.kr/_ln/0102_202104190819353024',
    lang: 'ko',
    tags: ['prose', 'format'],
    title: '알트코인 시가총액, 올해 들어 5배 급증',
    blocks: [
      '알트코인 시가총액, 올해 들어 5배 급증',
      '국내 거래소에서 비트코인을 뺀 나머지 가상화폐, 즉 알트코인의 시가총액이 올해 들어 5배 가까이 불어난 것으로 나타났습니다.',
      '업계에 따르면 업비트의 자체 알트코인지수 UBAI는 지난 16일 현재 8,960.54로, 지난해 12월 31일 1,707.52의 5.25배가 됐습니다.',
      'UBAI를 구성하는 가상화폐 가운데 비중이 가장 큰 이더리움의 가격은 지난해 12월 31일 81만5천 원에서 이달 16일 314만천 원으로 285.4% 뛰었습니다.',
      '도지코인은 지난 17일 24시간 거래대금이 17조 원을 넘어 코스피를 앞지르기도 했습니다.',
    ],
    expect: [o('81만5천 원', 815000, 'KRW'), o('314만천 원', 3141000, 'KRW'), o('17조 원', 17e12, 'KRW')],
  },
];
