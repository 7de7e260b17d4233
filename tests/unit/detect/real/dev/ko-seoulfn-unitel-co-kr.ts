import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://seoulfn.unitel.co.kr/news/articleView.html?idxno=297065',
    lang: 'ko',
    tags: ['prose', 'anaphora', 'format'],
    blocks: [
      '[서울파이낸스 온라인속보팀] 비트코인 가격이 2100만원을 회복했다.',
      '13일 국내 가상화폐 거래소 코인원에 따르면 비트코인 가격은 이날 오후 2시 21분 현재 2112만7000원에 거래되고 있다.',
      '이는 지난 11일 법무부 장관이 거래소 폐쇄를 발언한 직후 저점 기록인 1740만원 대비 21.4% 오른 것이다.',
      '한편 가상화폐 거래소 폐지에 반대하는 국민청원은 현재 15만 동의를 넘었다.',
    ],
    expect: [
      p('2100만원', 21000000, 'KRW'),
      p('2112만7000원', 21127000, 'KRW'),
      p('1740만원', 17400000, 'KRW'),
    ],
  },
];
