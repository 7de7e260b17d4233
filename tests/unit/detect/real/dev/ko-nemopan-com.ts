import { p, type RealCase } from '../labels';

// Korean community board repost of a news item: "1코인당" won and dollar levels, "대장주" as the later referent.
export const cases: RealCase[] = [
  {
    url: 'https://www.nemopan.com/index.php?mid=board&page=396&document_srl=12866517',
    lang: 'ko',
    tags: ['forum', 'anaphora'],
    blocks: [
      '새해 들어 한동안 400만원 초반대에서 보합세를 보이던 비트코인은 ‘심리적 저지선’으로 여겨지던 400만원 선이 지난달 말 결국 무너졌습니다. 가상화폐 대장주인 비트코인은 국내 거래소 기준으로 1일 오후 1코인당 370만원대에 머물고 있습니다. 지난달 26일 400만원선이 무너진 후 단 한 차례도 400만원대로 치고 올라가지 못하고 있습니다.',
      '글로벌 시장의 비트코인 가격도 하락세를 면치 못하는 건 마찬가지입니다. 세계 4대 가상화폐거래소 시세 평균을 산출하는 코인마켓캡 기준으로 비트코인은 1일 1코인당 3400달러 초반까지 떨어졌습니다. 지난달 10일 4000달러선이 붕괴된 이후 단 하루도 4000달러대로 치고 올라가지 못한 채 연일 하락세를 보이고 있습니다. 대장격인 비트코인뿐 아니라 이더리움, 리플 등 알트코인(비트코인을 제외한 다른 코인)도 상황은 마찬가지입니다.',
      'https://news.naver.com/main/read.nhn?mode=LSD&mid=sec&sid1=101&oid=015&aid=0004088823',
    ],
    expect: [
      p('400만원', 4000000, 'KRW'),
      p('400만원', 4000000, 'KRW'),
      p('370만원', 3700000, 'KRW'),
      p('400만원', 4000000, 'KRW'),
      p('400만원', 4000000, 'KRW'),
      p('3400달러', 3400),
      p('4000달러', 4000),
      p('4000달러', 4000),
    ],
  },
];
