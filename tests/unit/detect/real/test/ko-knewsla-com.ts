import { p, type RealCase } from '../labels';

// Korean-American community news site (2021 record after the futures ETF debut): levels written with
// the 만 scale word and no spaces ("6만6035달러"), two of them in a headline that omits Bitcoin.
export const cases: RealCase[] = [
  {
    url: 'https://knewsla.com/main-news2/2021102060908906/embed',
    lang: 'ko',
    tags: ['prose', 'anaphora', 'format'],
    title: '6만5000달러·6만6000달러 차례로 돌파',
    blocks: [
      '6만5000달러·6만6000달러 차례로 돌파',
      '대표적인 가상화폐인 비트코인이 사상 최고가를 경신했다. 비트코인 선물 ETF가 미국 증시에서 첫 거래를 마친 지 하루 만이다.',
      'CNBC는 “미 동부 표준시 오전 10시 전날보다 3% 상승한 코인당 6만6035달러를 기록했다”며 “가격이 사상 최초로 6만5000달러를 넘어섰다”고 보도했다.',
      '이는 지난 4월 14일 기록한 최고가인 6만4899달러를 넘어선 것이다.',
    ],
    expect: [
      p('6만5000달러', 65000),
      p('6만6000달러', 66000),
      p('6만6035달러', 66035),
      p('6만5000달러', 65000),
      p('6만4899달러', 64899),
    ],
  },
];
