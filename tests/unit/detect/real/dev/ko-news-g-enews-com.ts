import { c, type RealCase } from '../labels';

// Global Economic (ko): JPMorgan says Bitcoin's production cost halved to 1만3000달러 in a month; Korean
// 만-notation costs in the headline and body.
export const cases: RealCase[] = [
  {
    url: 'https://news.g-enews.com/view.php?ud=202207141423165750c4c55f9b3d_1&md=20220714143905_U',
    lang: 'ko',
    tags: ['cost', 'prose', 'format'],
    title: 'JP모건 "비트코인 생산 비용 지난달 50% 하락해 1만3000달러"',
    blocks: [
      'JP모건 "비트코인 생산 비용 지난달 50% 하락해 1만3000달러"',
      '암호화폐 전문매체 코인게이프는 13일(현지시간) 월스트리트 은행 JP모건이 최근 비트코인 생산 비용이 지난달 50% 하락했음을 시사하는 보고서를 발표했다고 보도했다. BTC 생산 비용은 2022년 6월 초의 2만4000달러에서 현재 1만3000달러로 감소했다.',
    ],
    expect: [c('1만3000달러', 13000), c('2만4000달러', 24000), c('1만3000달러', 13000)],
  },
];
