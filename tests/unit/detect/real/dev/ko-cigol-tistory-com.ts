import { o, p, type RealCase } from '../labels';

// Korean personal blog on the same hoax: a won price level, then investors' total loss.
export const cases: RealCase[] = [
  {
    url: 'http://cigol.tistory.com/1129?category=760797',
    lang: 'ko',
    tags: ['prose', 'forum'],
    title: '허이섭 비트코인 사기극으로 인해 위험한 상황이랍니다',
    blocks: [
      '오늘 기사를 보다가 눈에 띄는게 있어 포스팅을 하게 되었습니다. 최근 비트코인 등락폭이 워낙 심했었는데요, 오늘 1,400만원까지 떨어진 소식을 보고, 사람들이 한국의 어떤 고등학생이 전세계 인 대상으로 사기극을 벌이는 바람에 비트코인 폭락에 일조를 했다는 소식 입니다.',
      '결국에는 이것이 사기라는걸 알게되었고, 투자자들의 총 손실이 50조원에 이른다고 합니다. 결국에는 사과들을 올렸지만...',
    ],
    expect: [p('1,400만원', 14000000, 'KRW'), o('50조원', 50000000000000, 'KRW')],
  },
];
