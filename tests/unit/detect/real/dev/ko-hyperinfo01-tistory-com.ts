import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://hyperinfo01.tistory.com/category?page=25',
    lang: 'ko',
    tags: ['prose', 'format'],
    blocks: [
      '비트코인 세금, 제대로 알고 절약하는 방법: 꼼꼼한 가이드',
      '2, 비트코인 세금, 어떻게 계산할까요? 양도차익 = 매도가격 - 매입가격. 예를 들어 1 비트코인을 1,000만 원에 사서 1,500만 원에 팔았다면 양도차익은 500만 원입니다.',
    ],
    expect: [
      p('1,000만 원', 10000000, 'KRW'),
      p('1,500만 원', 15000000, 'KRW'),
      o('500만 원', 5000000, 'KRW'),
    ],
  },
];
