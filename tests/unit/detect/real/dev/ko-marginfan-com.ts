import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://marginfan.com/index.php?category=94490&document_srl=342039&mid=board_free&order_type=desc&page=332&sort_index=readed_count',
    lang: 'ko',
    tags: ['forum', 'format', 'label-value'],
    title: '[김프거래] 김치 프리미엄 뜻',
    blocks: [
      {
        heading: '1️⃣ 김치 프리미엄 뜻',
        text: '2023.12.15. 10:51AM 기준 국내 거래소(업비트)의 비트코인 시세는 58,740,000원입니다.',
      },
      {
        heading: '1️⃣ 김치 프리미엄 뜻',
        text: '같은 시각 해외 거래소(바이낸스)의 비트코인 가격은 42,981.09달러입니다.',
      },
      {
        heading: '1️⃣ 김치 프리미엄 뜻',
        text: '지금 환율(1,297원)로 바이낸스 가격을 원화로 바꾸면 다음과 같습니다.',
      },
      '◼ 42,981.09(USD) x 1.297(원/USD) = 55,742,175.62원',
      "현재 비트코인의 김치프리미엄은 '5.37%'입니다.",
    ],
    expect: [
      p('58,740,000원', 58740000, 'KRW'),
      p('42,981.09달러', 42981.09),
      o('1,297원', 1297, 'KRW'),
      p('42,981.09(USD)', 42981.09),
      o('1.297(원/USD)', 1.297, 'KRW'),
      p('55,742,175.62원', 55742175.62, 'KRW'),
    ],
  },
];
