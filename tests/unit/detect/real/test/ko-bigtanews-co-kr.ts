import { o, p, type RealCase } from '../labels';

// Korean big-data outlet analysing Naver news comments on Bitcoin rallies (2020–21): won levels in 만원 and 억
// units, a bare "1억" target after "5000만원", and another coin's price ("300원대") as a hard negative.
export const cases: RealCase[] = [
  {
    url: 'http://www.bigtanews.co.kr/news/articleView.html?idxno=5809&replyAll=&reply_sc_order_by=I',
    lang: 'ko',
    tags: ['forum', 'prose', 'format'],
    title: '비트코인 2천만원 돌파... 누리꾼 "코인 하다가 쪽박 찬다"',
    blocks: [
      '[댓글N] 댓글 분석으로 본 비트코인 급등, ‘화나요’ 50.9% vs ‘좋아요’ 40.9%',
      '한때 폰지사기라는 비판을 받던 암호화폐 비트코인이 2000만원을 넘어서면서 2017년을 넘는 상승세가 나올지 관심이 커지고 있다. 네이버 뉴스 댓글과 표정을 집계해 보니 ‘화나요’가 50.9%로 부정적인 여론이 우세했다.',
      '비트코인 3억원 가나…실사용 속도내고 기관투자자 투자확대',
      '비트코인은 코로나19 확산 이후 안전자산으로 주목받으며 13일 1800만원, 18일에는 2000만원마저 돌파했다. 국내 투자자에게 인기가 많은 리플은 21일 300원대에서 24일 현재 600원대로 급등했다.',
    ],
    expect: [
      p('2000만원', 2e7, 'KRW'),
      p('3억원', 3e8, 'KRW'),
      p('1800만원', 1.8e7, 'KRW'),
      p('2000만원', 2e7, 'KRW'),
      o('300원', 300, 'KRW'),
      o('600원', 600, 'KRW'),
    ],
  },
  {
    url: 'http://www.bigtanews.co.kr/news/articleView.html?idxno=5957',
    lang: 'ko',
    tags: ['forum', 'prose', 'format'],
    title: '\'진짜 1억가나\' 댓글여론 "비트코인은 거품을 타고 상승한다"',
    blocks: [
      "[댓글N] 댓글 분석으로 본 '비트코인 급등', ‘화나요’ 62% vs ‘좋아요’ 29%",
      '암호화폐 비트코인이 4800만원까지 치솟아 5000만원을 넘보면서 올해 1억까지 오를 것이라는 관측이 나온다. 찬반이 팽팽했던 직전 조사<11월24일 비트코인 2천만원 돌파...누리꾼 "코인 하다가 쪽박 찬다">때보다 부정 여론이 늘었다.',
      '비트코인 최고가 4855만원 신고가 경신',
      '비트코인은 지난해 11월 업비트 기준 약 3년 만에 2000만원을 돌파한 뒤 한 달여 만인 지난달 27일 3000만원마저 뚫었다. 새해 들어 8일엔 4855만원까지 올라 신고가를 경신했다. 2019년 초 저점인 370만원 대비 13배다.',
    ],
    expect: [
      p('4800만원', 4.8e7, 'KRW'),
      p('5000만원', 5e7, 'KRW'),
      p('1억', 1e8, 'KRW'),
      p('2천만원', 2e7, 'KRW'),
      p('4855만원', 4.855e7, 'KRW'),
      p('2000만원', 2e7, 'KRW'),
      p('3000만원', 3e7, 'KRW'),
      p('4855만원', 4.855e7, 'KRW'),
      p('370만원', 3.7e6, 'KRW'),
    ],
  },
];
